// What a checkpoint may read: the engine's state, the learner's host files and the log of what they ran.
import type { EngineReads } from '../engine/index.ts';
import type { Vfs } from '../vfs/vfs.ts';

/** One line the learner ran, as recorded for grading and for `commandUsed` checks. */
export interface CommandRecord {
  /** What was typed; a multi-line construct (a heredoc) is one record, its lines joined by "\n". */
  line: string;
  exitCode: number;
  at: number; // ms since the epoch, session clock
}

/** The learner's own machine: its filesystem and the home directory that holds the lesson workspace. */
export interface HostView {
  fs: Vfs;
  home: string;
}

/** The read-only view a matcher gets. */
export interface CheckContext {
  engine: EngineReads;
  log: readonly CommandRecord[];
  host: HostView;
}

/** Why a check is unmet: its subject is absent (no such image, container, file), or present but not as asked. */
export type FailReason = 'missing' | 'mismatch';

/** A matcher's verdict: passed, or why not yet in the learner's terms, and whether the subject was there at all. */
export type Verdict = { passed: true } | { passed: false; why: string; reason: FailReason };

/** Verdict helpers. */
export const pass: Verdict = { passed: true };

/** The subject exists but is not as asked (a `not` around this check passes). */
export function notYet(why: string): Verdict {
  return { passed: false, why, reason: 'mismatch' };
}

/** The subject does not exist (a `not` around this check still fails: there is nothing to be "not" about). */
export function missing(why: string): Verdict {
  return { passed: false, why, reason: 'missing' };
}
