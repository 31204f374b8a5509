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
  };
}
