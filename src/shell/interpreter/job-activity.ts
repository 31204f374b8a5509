// When a background job is busy, for a simulated session that lets each job run to its next rest
// before the clock moves on (kernel/activity.ts): a job rests while it sleeps, once it listens, after
// BUSY_STEPS steps without resting (a loop that never sleeps), and after IDLE_TURNS turns of the event
// loop without a step (it awaits something else: a container it attached to, a runtime's answer).
import { beginActivity, BusySpell } from '../../kernel/activity.ts';

/** Turns of the event loop without a step after which a job counts as resting. */
export const IDLE_TURNS = 50;

/** The busy and resting spells of one job; `steps` reads how far it has got. */
export class JobActivity {
  private done: (() => void) | undefined;
  private readonly spell = new BusySpell();

  constructor(private readonly steps: () => number) {}

  /** The job runs (it started, or woke from a sleep). */
  busy(): void {
    if (this.done) return;
    this.done = beginActivity('jobs');
    this.spell.begin(this.steps());
    void this.watch(this.done);
  }

  /** The job rests (asleep, listening, ended). */
  rest(): void {
    this.done?.();
    this.done = undefined;
  }

  /** The job paused while running, having taken `steps` in all; returns how long it rests (after
   *  each BUSY_STEPS steps of work it rests BUSY_REST_MS, as a detached container's process does). */
  paused(steps: number): number {
    const rest = this.spell.restAt(steps);
    if (rest > 0) this.rest();
    return rest;
  }

  // Counts turns without a step while this busy spell lasts.
  private async watch(spell: () => void): Promise<void> {
    let last = this.steps();
    for (let still = 0; this.done === spell; ) {
      await new Promise<void>((resolve) => setTimeout(resolve, 0));
      if (this.steps() !== last) {
        last = this.steps();
        still = 0;
      } else if (++still >= IDLE_TURNS) this.rest();
    }
  }
}
