// The session's clock: real time in the browser; in tests, `npm run sim` and grading a simulated clock
// that starts at a fixed instant and moves only when something waits, so output is reproducible.
import { abortable, abortError, type EngineHost } from '../engine/index.ts';

// The longest delay setTimeout keeps (a 32-bit signed count of ms); a longer one fires at once.
const MAX_TIMER_MS = 2 ** 31 - 1;

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
        // setTimeout fires at once for more than 2^31-1 ms: a long wait (`sleep 100d`, `sleep infinity`,
        // which never ends but by the signal) is made of timers of at most that.
        const end = Date.now() + ms;
        let timer: ReturnType<typeof setTimeout> | undefined;
        const arm = () => {
          const left = end - Date.now();
          // NaN (a wait of no length setTimeout could read) ends at once, as setTimeout(f, NaN) does.
          if (!(left > 0)) {
            signal?.removeEventListener('abort', onAbort);
            return resolve();
          }
          timer = setTimeout(arm, Math.min(left, MAX_TIMER_MS));
        };
        const onAbort = () => {
          clearTimeout(timer);
          reject(abortError());
        };
        signal?.addEventListener('abort', onAbort, { once: true });
        arm();
      }),
    wait(ms, signal) {
      return this.sleep(ms, signal);
    },
    until: abortable,
    advance: () => {},
  };
}

/**
 * A simulated clock: foreground sleeps return at once and move the clock by what they would have
 * waited; background waits resolve when the clock passes their time (each typed line moves it on),
 * each woken process running on to its next blocking point (`backgroundIdle`) before the clock moves on.
 */
export function simulatedClock(start = SIMULATED_EPOCH, backgroundIdle: () => Promise<void> = () => Promise.resolve()): SessionClock {
  let now = start;
  let sleepers: { at: number; resolve: () => void }[] = [];
  // Foreground waits (`until`) with no background wait due, woken when one is made.
  const newSleeper = new Set<() => void>();
  const moveTo = async (target: number) => {
    // What runs in the background now (a job just started with `&`) reaches its wait before time moves.
    await backgroundIdle();
    // Wake background waiters in time order, letting each run before the clock moves past the next.
    for (;;) {
      const due = sleepers.filter((s) => s.at <= target).sort((a, b) => a.at - b.at)[0];
      if (!due) break;
      sleepers = sleepers.filter((s) => s !== due);
      now = Math.max(now, due.at);
      due.resolve();
      // The woken process runs to its next blocking point (counted in its own turns, never in time).
      for (let i = 0; i < 20; i++) await Promise.resolve();
      await backgroundIdle();
    }
    now = Math.max(now, target);
    // Whatever else runs in the background (a thawed process, one mid-pause) gets its turn too.
    await backgroundIdle();
  };
  return {
    now: () => now,
    sleep: async (ms, signal) => {
      if (signal?.aborted) throw abortError();
      // A wait without end (`sleep infinity`) moves no clock: it lasts until the signal ends it.
      if (ms === Infinity) return new Promise<void>((_, reject) => signal?.addEventListener('abort', () => reject(abortError()), { once: true }));
      // Anything else that is no length (NaN) waits none, as setTimeout reads it.
      await moveTo(now + (ms > 0 ? ms : 0));
    },
    wait: (ms, signal) =>
      new Promise((resolve, reject) => {
        if (signal?.aborted) return reject(abortError());
        const sleeper = { at: now + ms, resolve };
        sleepers.push(sleeper);
        for (const wake of newSleeper) wake();
        newSleeper.clear();
        signal?.addEventListener(
          'abort',
          () => {
            sleepers = sleepers.filter((s) => s !== sleeper);
            reject(abortError());
          },
          { once: true },
        );
      }),
    until: async (until, signal) => {
      let settled = false;
      const done = until.finally(() => void (settled = true));
      // Jump from one background wait to the next until `until` settles; with none due, wait for one.
      for (;;) {
        // A macrotask first: the background's processes run on to their next wait (or end), and a Ctrl-C gets in.
        await new Promise<void>((resolve) => setTimeout(() => resolve(), 0));
        if (settled || signal?.aborted) break;
        // A wait without end (at Infinity) is never due: only its signal ends it.
        const next = sleepers.reduce((a: number | undefined, s) => (Number.isFinite(s.at) && (a === undefined || s.at < a) ? s.at : a), undefined);
        if (next !== undefined) await moveTo(next);
        else await abortable(Promise.race([done, new Promise<void>((resolve) => newSleeper.add(() => resolve()))]), signal).catch(() => {});
      }
      return abortable(done, signal);
    },
    advance: (ms) => moveTo(now + ms),
  };
}
