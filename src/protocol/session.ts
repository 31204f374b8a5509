// The contract between the page (main thread) and the learner's session (Web Worker, or Node in
// `npm run sim`). Types only: comlink moves plain data, so nothing here is a class.
import type { WorkbenchApi } from './workbench.ts';

/** One piece of what a command printed, in order. `text` uses "\n" line ends; ANSI escapes only when tty. */
export interface OutputChunk {
  stream: 'stdout' | 'stderr';
  text: string;
}

/** How a typed line ended: it ran (with its exit status), or the shell needs more lines (heredoc, open quote). */
export type FeedResult =
  /** `nested`: the next line goes to a shell inside a container (Ctrl-D on an empty line leaves it). */
  | { kind: 'ran'; exitCode: number; prompt: string; nested?: boolean }
  | { kind: 'incomplete'; prompt: string };

/** What `run` streams for one typed line, in order on one callback: its output, then how it ended. */
export type FeedEvent =
  | { kind: 'output'; chunk: OutputChunk }
  | { kind: 'done'; result: FeedResult }
  /** The session itself failed (not the learner's command, which ends with an exit status). */
  | { kind: 'failed'; message: string };

/** A checkpoint's state as the learner sees it beside the terminal. */
export interface CheckResult {
  id: string;
  title: string;
  passed: boolean;
  /** Why it is not met yet, in the learner's terms (absent once passed). */
  why?: string;
}

/** A file of the learner's starting workspace, as shipped with a lesson. */
export interface WorkspaceFile {
  path: string; // relative to the workspace root, '/'-separated
  content: string;
  mode?: number; // e.g. 0o755; 0o644 by default (0o755 for directories)
  /** An (empty) directory rather than a file; `content` is ignored. */
  directory?: boolean;
}

/** A checkpoint as a lesson declares it: plain data, evaluated in the worker by named matchers. */
export interface CheckpointSpec {
  id: string;
  title: string;
  /** All must pass; each names a matcher of src/checkpoints/matchers and gives its parameters;
   *  `why`, when given, replaces the matcher's own "why not yet" text. */
  checks: { matcher: string; params: Record<string, unknown>; why?: string }[];
  /** Revealed one at a time on request. */
  hints: string[];
  /** Commands that meet this checkpoint, one per line ("show solution"); run in order after the earlier ones'. */
  solution?: string;
  /** guided: the page's Run blocks reach it; predict: a prediction then the verified answer; challenge: an end state no command on the page reaches. */
  kind?: 'guided' | 'predict' | 'challenge';
  /** While unmet, the latest failed command matching `pattern` gives `hint` (near-misses that leave no state). */
  whyFromLog?: { pattern: string; hint: string }[];
}

/** One line the learner ran, as the session logs it (a heredoc is one entry, its lines joined by "\n"). */
export interface LoggedCommand {
  line: string;
  exitCode: number;
  at: number; // ms since the epoch, session clock
}

/** Where the session keeps its records in the browser (IndexedDB via idb-keyval): the page reads the
 *  progress record there directly, so the home page shows progress without starting a worker. */
export const SESSION_DATABASE = { database: 'docker-workbook', store: 'session' } as const;

/** The key of the one progress store: the session's record of passed checkpoints, a `StoredProgress`. */
export const PROGRESS_KEY = 'progress';

/** What is stored under PROGRESS_KEY: per lesson, per checkpoint, when it was first passed (ms since the epoch). */
export type StoredProgress = Record<string, Record<string, { passedAt: number }>>;

/** Per lesson, per checkpoint: when it was first passed, and when its solution was first shown (ms since the epoch). */
export type ProgressRecord = Record<string, Record<string, { passedAt?: number; solutionShownAt?: number }>>;

/** A learner's progress as a file (export / import, and what `npm run grade` reads). */
export interface ProgressExport {
  format: 'docker-workbook-progress';
  version: 1;
  /** Who exported it, as they typed it (optional). */
  learner?: string;
  exportedAt: number;
  lessons: Record<string, ExportedLesson>;
}

/** One lesson in a progress file: the machine's start time, everything typed, and what was claimed passed. */
export interface ExportedLesson {
  startedAt: number;
  log: LoggedCommand[];
  checkpoints: Record<string, { passedAt?: number; solutionShownAt?: number }>;
}

/** What the session needs to rebuild a lesson's machine from a progress file (its start state). */
export interface LessonSetup {
  lessonId: string;
  workspace: WorkspaceFile[];
  checkpoints: CheckpointSpec[];
}

/** The records a load could not restore, as a file: each under its original key, with the saved trees it names. */
export interface SetAsideExport {
  format: 'docker-workbook-set-aside';
  version: 1;
  exportedAt: number;
  /** Bytes are `{ $bytes: base64 }`, Maps `{ $map: [[key, value]…] }`, Sets `{ $set: […] }`. */
  records: Record<string, { value: unknown; trees?: Record<string, unknown> }>;
}

/** What an import did, per lesson: checkpoints the file claimed, and those its replayed log passed here. */
export interface ImportReport {
  lessons: { lessonId: string; claimed: string[]; verified: string[] }[];
  /** Lessons in the file this site does not have (skipped). */
  unknown: string[];
}

/** What the page tells the session when it starts it. */
export interface SessionOptions {
  lessonId: string;
  workspace: WorkspaceFile[];
  checkpoints: CheckpointSpec[];
  tty: boolean;
  columns: number;
  rows: number;
  /** Milliseconds since the epoch for the simulated clock's start; real time when absent. */
  now?: number;
  /** Seed for IDs and other randomness, so sessions are reproducible in tests. */
  seed?: number;
  /** This session replaces the page's own worker, which wrote the lesson and was ended (stuck or crashed):
   *  take the lesson's tab lock back at once instead of waiting for the dead worker's lock to go. */
  reclaim?: boolean;
}

/** This tab became the lesson's writer (with the prompt to show), or lost it to another tab (with a notice). */
export type TabChange = { writer: true; prompt: string } | { writer: false; notice: string };

/** Tab completion: the candidates for the word under the cursor and where that word starts. */
export interface Completion {
  start: number;
  candidates: string[];
}

/** The session API the worker exposes with comlink. Output streams through `onOutput` while a line runs. */
export interface SessionApi extends WorkbenchApi {
  /** `notice`, when present, is one line (or two) for the terminal: what of the saved work could not be
   *  restored or saved, and why. Show it before the prompt. `readOnly`: another tab writes this lesson;
   *  commands here are refused until `takeOver` (show a notice with a "Take over" button). Later changes
   *  come through `onTabChange`: another tab took the lesson over, or the writing tab closed and this one
   *  carries on from its save. */
  start(options: SessionOptions, onTabChange?: (change: TabChange) => void): Promise<{ prompt: string; restored: boolean; notice?: string; readOnly?: boolean }>;
  /** This lesson is open in another tab that writes it (`start` said `readOnly`): ask that tab to let go,
   *  wait for its last save, and carry on here from it. */
  takeOver(): Promise<{ prompt: string }>;
  feed(line: string, onOutput: (chunk: OutputChunk) => void): Promise<FeedResult>;
  /** `feed` for a terminal: the output and then the result arrive as events on ONE callback, so the
   *  page can never draw the prompt before the last output (across a worker, a returned promise and a
   *  callback travel on different message ports, whose relative order is not guaranteed). */
  run(line: string, onEvent: (event: FeedEvent) => void): Promise<void>;
  /** Output that comes between lines — a background job's (`cmd &`) — goes to `onOutput` from now on, to be
   *  drawn above the prompt; until a page watches, it waits for the next line. */
  watch(onOutput: (chunk: OutputChunk) => void): void;
  /** Answers at once: the page's supervisor calls it to learn the worker is alive and not stuck. */
  ping(): Promise<true>;
  /** Ctrl-C: abandon a half-typed multi-line construct, or interrupt the running command. */
  interrupt(): void;
  /** The terminal's size changed: the shells' $COLUMNS and $LINES, and what programs format for, follow it. */
  resize(columns: number, rows: number): void;
  complete(line: string, cursor: number): Promise<Completion>;
  checkpoints(): Promise<CheckResult[]>;
  /** Forget this lesson's saved state and progress and start afresh. */
  reset(): Promise<{ prompt: string }>;
  /** Records that the learner asked for a checkpoint's solution and returns it; their machine is untouched. */
  revealSolution(checkpointId: string): Promise<string | undefined>;
  /** This lesson's command log so far, oldest first. */
  commandLog(): Promise<LoggedCommand[]>;
  /** Progress across all lessons (works without `start`). */
  progress(): Promise<ProgressRecord>;
  /** A progress file for the given lessons (works without `start`). */
  exportProgress(lessonIds: string[], learner?: string): Promise<ProgressExport>;
  /** Reads a progress file (throws with the reason when it is not one), rebuilds each lesson's machine by
   *  replaying its log, and keeps the passes that replay verifies (works without `start`). */
  importProgress(file: unknown, lessons: LessonSetup[]): Promise<ImportReport>;
  /** An import in steps (works without `start`): reads the file (throws with the reason) and replays each
   *  lesson apart from the learner's work, calling `onProgress` after each command; resolves with what a
   *  commit would keep, or rejects with an AbortError when cancelled. Nothing of the learner's changes. */
  stageImport(file: unknown, lessons: LessonSetup[], onProgress?: (done: number, total: number) => void): Promise<ImportReport>;
  /** Stops a running staged import, or drops a finished one: nothing changes. */
  cancelImport(): void;
  /** The learner confirmed: the staged replays replace their work in those lessons. */
  commitImport(): Promise<ImportReport>;
  /** The keys of what loads could not restore and set aside (works without `start`); empty when none. */
  setAsideKeys(): Promise<string[]>;
  /** Everything set aside, as a JSON-safe file to download (works without `start`). */
  exportSetAside(): Promise<SetAsideExport>;
  /** Deletes what was set aside; returns how many records went (works without `start`). */
  discardSetAside(): Promise<number>;
}
