// What a checkpoint may read: the engine's state, the learner's host files and the log of what they ran.
import type { Engine } from '../engine/engine.ts';
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
  engine: Engine;
  log: readonly CommandRecord[];
  host: HostView;
}

/** A matcher's verdict: passed, or why not yet in the learner's terms. */
export type Verdict = { passed: true } | { passed: false; why: string };

/** Verdict helpers. */
export const pass: Verdict = { passed: true };
export function notYet(why: string): Verdict {
  return { passed: false, why };
}
