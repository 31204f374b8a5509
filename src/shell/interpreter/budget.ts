// The limits that keep one typed line from hanging the page or eating its memory, and the exit
// statuses the shell reports when one is hit.
import { BudgetExceeded, Interrupted } from '../errors.ts';

/** Commands, loop iterations and units of program output one typed line (or one `run`) may take. */
export const STEP_BUDGET = 100_000;
/** Exit status when the step budget runs out (as `timeout(1)` uses for a command it stopped). */
export const BUDGET_EXIT = 124;
/** Exit status after Ctrl-C (128 + SIGINT). */
export const INTERRUPT_EXIT = 130;

/** Counts one step; throws when Ctrl-C was pressed or the budget is spent. */
export function countStep(it: { steps: number; signal: AbortSignal | undefined }): void {
  if (it.signal?.aborted) throw new Interrupted();
  if (++it.steps > STEP_BUDGET) throw new BudgetExceeded();
}
