// Control flow that unwinds the evaluator: next, nextfile, exit, return, break, continue, and the step budget.
import type { Val } from './values.ts';

/** `next`: go to the next record. */
export class NextRecord {}
/** `nextfile`: go to the next input file. */
export class NextFile {}
/** `exit [code]`: run END (unless already in it), then stop. */
export class ExitRun {
  constructor(readonly code: number | undefined) {}
}
/** `return [value]` from a function. */
export class ReturnValue {
  constructor(readonly value: Val) {}
}
/** `break` out of the innermost loop. */
export class BreakLoop {}
/** `continue` the innermost loop. */
export class ContinueLoop {}
/** The run took more steps than AWK_STEP_BUDGET (a loop that never ends?). */
export class AwkBudgetExceeded {}

/** Statements an awk run may execute before it is stopped (no line of the workbook may hang the page). */
export const AWK_STEP_BUDGET = 5_000_000;
