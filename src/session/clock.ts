// The session's clock: real time in the browser; in tests, `npm run sim` and grading a simulated clock
// that starts at a fixed instant and moves only when something waits, so output is reproducible.
import type { EngineHost } from '../engine/clock.ts';

/** Where a simulated session's clock starts unless told otherwise: 2026-01-01T00:00:00Z. */
export const SIMULATED_EPOCH = Date.UTC(2026, 0, 1);

/** A clock plus an interruptible sleep. */
export interface SessionClock extends EngineHost {
  /** Moves a simulated clock forward (each typed line takes a moment); no-op for real time. */
  advance(ms: number): void;
}

/** Real time with real, abortable waits: for the terminal in a browser. */
export function realClock(): SessionClock {
  return {
    now: () => Date.now(),
    sleep: (ms, signal) =>
      new Promise((resolve, reject) => {
        if (signal?.aborted) return reject(abortError());
        const timer = setTimeout(() => {
          signal?.removeEventListener('abort', onAbort);
          resolve();
        }, ms);
        const onAbort = () => {
          clearTimeout(timer);
          reject(abortError());
        };
        signal?.addEventListener('abort', onAbort, { once: true });
      }),
    advance: () => {},
  };
}

/** A simulated clock: sleeps return at once and move the clock by what they would have waited. */
export function simulatedClock(start = SIMULATED_EPOCH): SessionClock {
  let now = start;
  return {
    now: () => now,
    sleep: async (ms, signal) => {
      if (signal?.aborted) throw abortError();
      now += ms;
    },
    advance: (ms) => {
      now += ms;
    },
  };
}

function abortError(): Error {
  const error = new Error('The operation was aborted');
  error.name = 'AbortError';
  return error;
}
