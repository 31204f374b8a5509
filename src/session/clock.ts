// The session's clock: real time in the browser; in tests, `npm run sim` and grading a simulated clock
// that starts at a fixed instant and moves only when something waits, so output is reproducible.
import type { EngineHost } from '../engine/index.ts';

/** Where a simulated session's clock starts unless told otherwise: 2026-01-01T00:00:00Z. */
export const SIMULATED_EPOCH = Date.UTC(2026, 0, 1);

/** A clock plus an interruptible sleep. */
export interface SessionClock extends EngineHost {
  /** Moves a simulated clock forward (each typed line takes a moment), waking background waits; no-op for real time. */
  advance(ms: number): void | Promise<void>;
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
    wait(ms, signal) {
      return this.sleep(ms, signal);
    },
    advance: () => {},
  };
}

/**
 * A simulated clock: foreground sleeps return at once and move the clock by what they would have
 * waited; background waits resolve when the clock passes their time (each typed line moves it on).
 */
export function simulatedClock(start = SIMULATED_EPOCH): SessionClock {
  let now = start;
  let sleepers: { at: number; resolve: () => void }[] = [];
  const moveTo = async (target: number) => {
    // Wake background waiters in time order, letting each run before the clock moves past the next.
    for (;;) {
      const due = sleepers.filter((s) => s.at <= target).sort((a, b) => a.at - b.at)[0];
      if (!due) break;
      sleepers = sleepers.filter((s) => s !== due);
      now = Math.max(now, due.at);
      due.resolve();
      for (let i = 0; i < 20; i++) await Promise.resolve();
    }
    now = Math.max(now, target);
  };
  return {
    now: () => now,
    sleep: async (ms, signal) => {
      if (signal?.aborted) throw abortError();
      await moveTo(now + ms);
    },
    wait: (ms, signal) =>
      new Promise((resolve, reject) => {
        if (signal?.aborted) return reject(abortError());
        const sleeper = { at: now + ms, resolve };
        sleepers.push(sleeper);
        signal?.addEventListener(
          'abort',
          () => {
            sleepers = sleepers.filter((s) => s !== sleeper);
            reject(abortError());
          },
          { once: true },
        );
      }),
    advance: (ms) => moveTo(now + ms),
  };
}

function abortError(): Error {
  const error = new Error('The operation was aborted');
  error.name = 'AbortError';
  return error;
}
