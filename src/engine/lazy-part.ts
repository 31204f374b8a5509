// The parts of the daemon a first command does not need (Docker Hub's catalog, the builder), each
// behind a dynamic import(): the browser fetches it as a chunk of its own on first use, so the
// worker's first chunk stays small. `daemon.preload()` loads them all (the session does it while the
// learner reads; checkpoints await it); an endpoint that needs a part awaits it first.

/** A module loaded once, on first need. */
export class LazyPart<T> {
  private value: T | undefined;
  private loading: Promise<T> | undefined;

  constructor(
    private readonly what: string,
    private readonly importer: () => Promise<T>,
  ) {}

  /** Loads the part (once); resolves with it. */
  load(): Promise<T> {
    // A failed fetch (a chunk missing offline) is not kept: the next use tries again.
    return (this.loading ??= this.importer().then(
      (value) => (this.value = value),
      (error: unknown) => {
        this.loading = undefined;
        throw error;
      },
    ));
  }

  /** Whether load() has finished, so get() answers at once. */
  get loaded(): boolean {
    return this.value !== undefined;
  }

  /** The loaded part; a caller that did not await load() first has a bug, and is told so. */
  get(): T {
    if (this.value === undefined) throw new Error(`internal: ${this.what} is used before it was loaded (await daemon.preload())`);
    return this.value;
  }
}

/** Runs `start` at once when `parts` are loaded (so its synchronous errors stay synchronous), else after loading them. */
export function afterLoading<T, R>(parts: readonly LazyPart<unknown>[], start: () => AsyncGenerator<T, R>): AsyncGenerator<T, R> {
  if (parts.every((p) => p.loaded)) return start();
  return (async function* () {
    await Promise.all(parts.map((p) => p.load()));
    return yield* start();
  })();
}
