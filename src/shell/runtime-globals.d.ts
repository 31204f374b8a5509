// The few runtime globals the worker-safe code uses, declared without pulling in the DOM library.
// Interfaces only, so they merge with lib.dom / @types/node declarations where those are present.

interface AbortSignal {
  readonly aborted: boolean;
  addEventListener(type: 'abort', listener: () => void, options?: { once?: boolean }): void;
  removeEventListener(type: 'abort', listener: () => void): void;
}
