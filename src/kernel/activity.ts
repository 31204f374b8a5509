// Work that runs outside the engine's thread — a language runtime's worker loading, computing, answering
// a request — and that a simulated session waits for between typed lines, as a person would: without
// it, `docker run -d … node app.js` then `curl` raced the worker in `npm run sim` and graded checks,
// while a detached shell process, which runs in the engine's own turns, was always ready. A shell's
// background jobs (`cmd &`) count in a pool of their own: a simulated clock lets them run to their next
// wait each time it wakes one, which a foreground program's own outside work must not hold up.

/** Steps (commands, loop turns) after which a process that has not blocked counts as idle anyway: a
 *  loop that never sleeps. Counted by the process itself, so the same on a fast or a busy machine. */
export const BUSY_STEPS = 5_000;

/** Milliseconds of real time a background process rests after each BUSY_STEPS steps without resting:
 *  a loop that never sleeps runs until it is stopped, as on a real machine, but takes about a fifth of
 *  the engine's thread (5,000 steps take about 30 ms), so the learner's commands stay quick beside it. */
export const BUSY_REST_MS = 100;

/** A running process's busy spell in steps: after BUSY_STEPS steps without a rest it is due one
 *  (a process that pauses often rests once per BUSY_STEPS, not at every pause). */
export class BusySpell {
  private stepsAtWake = 0;

  /** A new spell starts at `steps` (the process started or woke). */
  begin(steps: number): void {
    this.stepsAtWake = steps;
  }

  /** Milliseconds to rest at a pause after `steps` in all: BUSY_REST_MS once the spell has run
   *  BUSY_STEPS steps (and a new spell starts), else 0. */
  restAt(steps: number): number {
    if (steps - this.stepsAtWake < BUSY_STEPS) return 0;
    this.stepsAtWake = steps;
    return BUSY_REST_MS;
  }
}

/** Which kind of work: a runtime's outside work, or a shell's background jobs. */
export type ActivityPool = 'outside' | 'jobs';

const pools: Record<ActivityPool, Set<Promise<void>>> = { outside: new Set(), jobs: new Set() };

/** Marks the start of outside work; call the returned function (any number of times) when it is done. */
export function beginActivity(pool: ActivityPool = 'outside'): () => void {
  const busy = pools[pool];
  let done!: () => void;
  const p = new Promise<void>((resolve) => (done = resolve));
  busy.add(p);
  return () => {
    busy.delete(p);
    done();
  };
}

/** Resolves when no work of `pool` is pending, or after `limitMs` of real time (a program that never rests). */
export async function activitySettled(limitMs: number, pool: ActivityPool = 'outside'): Promise<void> {
  const busy = pools[pool];
  if (!busy.size) return;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const limit = new Promise<'limit'>((resolve) => (timer = setTimeout(() => resolve('limit'), limitMs)));
  try {
    while (busy.size) if ((await Promise.race([Promise.race([...busy]), limit])) === 'limit') return;
  } finally {
    clearTimeout(timer);
  }
}
