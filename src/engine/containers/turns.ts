// Turns instead of wall-clock time. A container's process runs on the same event loop as the daemon
// and yields at its blocking points (a sleep, a listen, the end) or, when busy, at the pauses its
// shell makes; the daemon waits for those, so what the learner's next command sees does not depend on
// how fast or how busy the machine is.
import { BusySpell } from '../../kernel/activity.ts';

/** Turns of the event loop after which a wait for a process gives up: a safety net for a process
 *  that waits on something the daemon cannot see (every process here blocks, ends or counts steps). */
export const IDLE_TURNS = 2_000;
/** Turns a process that handles its stop signal gets to end before the grace period starts. */
export const STOP_TURNS = 40;

// One turn of the event loop: every task queued before it (a process's pause included) runs first.
function turn(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** Whether `event` settles within `turns` turns (resolving as soon as it does). */
export async function within(event: Promise<unknown>, turns: number): Promise<boolean> {
  let happened = false;
  const settled = event.then(
    () => (happened = true),
    () => (happened = true),
  );
  const counted = (async () => {
    for (let i = 0; i < turns && !happened; i++) await turn();
    return happened;
  })();
  return Promise.race([settled, counted]);
}

/** Where a background process stands, for the daemon's turn-based waits: blocked (asleep, listening,
 *  waiting for input, ended) or running; a running one that keeps working counts as idle every
 *  BUSY_STEPS of its steps. */
export class Pace {
  private blocked = false;
  private ended = false;
  private steps = 0;
  private readonly spell = new BusySpell();
  private waiters: (() => void)[] = [];

  /** The process reached a blocking point. */
  block(): void {
    this.blocked = true;
    this.release();
  }

  /** The process ended: blocked for good. */
  end(): void {
    this.ended = true;
    this.block();
  }

  /** The process woke from a sleep and runs again. */
  wake(): void {
    if (this.ended) return;
    this.blocked = false;
    this.spell.begin(this.steps);
  }

  /** Runs `wait` (a sleep, a wait for a job, the freezer) with the process blocked, running again after. */
  async blockedDuring<T>(wait: () => Promise<T>): Promise<T> {
    this.block();
    try {
      return await wait();
    } finally {
      this.wake();
    }
  }

  /** The process paused while running, having taken `steps` steps in all; returns how long it rests
   *  (a background process rests after each BUSY_STEPS steps of work, see BUSY_REST_MS). */
  paused(steps: number): number {
    this.steps = steps;
    const rest = this.spell.restAt(steps);
    if (rest > 0) this.release();
    return rest;
  }

  /** Resolves once the process is blocked or ended (or has worked BUSY_STEPS more steps, or IDLE_TURNS turns went by). */
  async idle(): Promise<void> {
    if (this.blocked) return;
    await within(new Promise<void>((resolve) => this.waiters.push(resolve)), IDLE_TURNS);
  }

  private release(): void {
    const waiters = this.waiters;
    this.waiters = [];
    for (const resolve of waiters) resolve();
  }
}
