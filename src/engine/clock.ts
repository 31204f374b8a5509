// Time and pacing for the simulated daemon: a clock the session controls and an interruptible sleep.

/** What the engine needs from its host to tell time and to pace progress output. */
export interface EngineHost {
  /** Milliseconds since the epoch (a simulated clock in tests and `npm run sim`). */
  now(): number;
  /**
   * A foreground wait: what the learner is waiting for (a pull's progress, `sleep 2` at the prompt).
   * Real time in the browser; in a simulated session it returns at once and moves the clock on.
   * Rejects with an AbortError when `signal` fires.
   */
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
  /**
   * A background wait (a detached container's `sleep 1`): resolves once the clock has passed now + ms,
   * without moving it. In a simulated session the clock moves only as the learner types and waits.
   */
  wait(ms: number, signal?: AbortSignal): Promise<void>;
  /**
   * A foreground wait for something the background does (`docker wait` on a container that sleeps):
   * resolves as `until` does. In a simulated session the clock jumps to each background wait's time in
   * turn until `until` settles, as if the learner sat and watched. Rejects with an AbortError on `signal`.
   */
  until<T>(until: Promise<T>, signal?: AbortSignal): Promise<T>;
}

/** RFC 3339 with nanoseconds, as Docker writes `Created` and `LastTagTime`. */
export function rfc3339Nano(ms: number): string {
  return new Date(ms).toISOString().replace(/\.(\d{3})Z$/, '.$1000000Z');
}

/** Unix seconds of an RFC 3339 time. */
export function unixSeconds(rfc3339: string): number {
  return Math.floor(Date.parse(rfc3339) / 1000);
}

/** A clock of its own starting at `start`, whose waits return at once and move it on (throwaway daemons). */
export function instantClock(start: number): EngineHost {
  let now = start;
  return {
    now: () => now,
    sleep: async (ms) => void (now += ms),
    wait: async (ms) => void (now += ms),
    until: (until, signal) => abortable(until, signal),
  };
}

/** `promise`, or an AbortError as soon as `signal` fires (a real-time foreground wait). */
export function abortable<T>(promise: Promise<T>, signal?: AbortSignal): Promise<T> {
  if (!signal) return promise;
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(abortError());
    if (signal.aborted) return onAbort();
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(
      (value) => (signal.removeEventListener('abort', onAbort), resolve(value)),
      (error: unknown) => (signal.removeEventListener('abort', onAbort), reject(error)),
    );
  });
}

/** The error an interrupted wait rejects with (as fetch and timers/promises name it). */
export function abortError(): Error {
  const error = new Error('The operation was aborted');
  error.name = 'AbortError';
  return error;
}
