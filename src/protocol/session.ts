// The contract between the page (main thread) and the learner's session (Web Worker, or Node in
// `npm run sim`). Types only: comlink moves plain data, so nothing here is a class.

/** One piece of what a command printed, in order. `text` uses "\n" line ends; ANSI escapes only when tty. */
export interface OutputChunk {
  stream: 'stdout' | 'stderr';
  text: string;
}

/** How a typed line ended: it ran (with its exit status), or the shell needs more lines (heredoc, open quote). */
export type FeedResult =
  | { kind: 'ran'; exitCode: number; prompt: string }
  | { kind: 'incomplete'; prompt: string };

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
  /** All must pass; each names a matcher of src/checkpoints/matchers and gives its parameters. */
  checks: { matcher: string; params: Record<string, unknown> }[];
  /** Revealed one at a time on request. */
  hints: string[];
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
}

/** Tab completion: the candidates for the word under the cursor and where that word starts. */
export interface Completion {
  start: number;
  candidates: string[];
}

/** The session API the worker exposes with comlink. Output streams through `onOutput` while a line runs. */
export interface SessionApi {
  start(options: SessionOptions): Promise<{ prompt: string; restored: boolean }>;
  feed(line: string, onOutput: (chunk: OutputChunk) => void): Promise<FeedResult>;
  /** Ctrl-C: abandon a half-typed multi-line construct, or interrupt the running command. */
  interrupt(): void;
  resize(columns: number, rows: number): void;
  complete(line: string, cursor: number): Promise<Completion>;
  checkpoints(): Promise<CheckResult[]>;
  /** Forget this lesson's saved state and progress and start afresh. */
  reset(): Promise<{ prompt: string }>;
}
