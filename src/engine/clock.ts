// Time and pacing for the simulated daemon: a clock the session controls and an interruptible sleep.

/** What the engine needs from its host to tell time and to pace progress output. */
export interface EngineHost {
  /** Milliseconds since the epoch (a simulated clock in tests and `npm run sim`). */
  now(): number;
  /** Waits `ms` (instant when output is not a terminal); rejects with an AbortError when `signal` fires. */
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
}

/** RFC 3339 with nanoseconds, as Docker writes `Created` and `LastTagTime`. */
export function rfc3339Nano(ms: number): string {
  return new Date(ms).toISOString().replace(/\.(\d{3})Z$/, '.$1000000Z');
}

/** Unix seconds of an RFC 3339 time. */
export function unixSeconds(rfc3339: string): number {
  return Math.floor(Date.parse(rfc3339) / 1000);
}
