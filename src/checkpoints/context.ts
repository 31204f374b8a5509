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

/** What a web server in a container would answer for `GET path`: the file it sends, or its status. */
export type ServedFile = { status: 200; file: string } | { status: 301 | 403 | 404; path: string };

/**
 * How the workbook's web server (nginx) reads its configuration from a container's files, so a matcher
 * can tell what a request would get without sending one. The session injects it: the parser lives with
 * the program (shell/programs/nginx-conf.ts), which checkpoints may not import.
 */
export interface WebServerReader {
  /** The server that listens on `port` by the configuration in `fs`, answering `GET path`; a string says why none (no or broken configuration, no server on that port). */
  serve(fs: Vfs, port: number, path: string): ServedFile | string;
}

/** The read-only view a matcher gets. */
export interface CheckContext {
  engine: EngineReads;
  log: readonly CommandRecord[];
  host: HostView;
  webServer: WebServerReader;
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
