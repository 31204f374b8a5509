// What a checkpoint may read: the engine's state and the log of what the learner ran.
import type { Engine } from '../engine/engine.ts';

/** One line the learner ran, as recorded for grading and for `commandUsed` checks. */
export interface CommandRecord {
  line: string;
  exitCode: number;
  at: number; // ms since the epoch, session clock
}

/** The read-only view a matcher gets. */
export interface CheckContext {
  engine: Engine;
  log: readonly CommandRecord[];
}

/** A matcher's verdict: passed, or why not yet in the learner's terms. */
export type Verdict = { passed: true } | { passed: false; why: string };

/** Verdict helpers. */
export const pass: Verdict = { passed: true };
export function notYet(why: string): Verdict {
  return { passed: false, why };
}
