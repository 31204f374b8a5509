// The interpreter's own view of itself: ShellState plus the bookkeeping its parts share (step
// counter, condition depth for `set -e`, the line being run). Each part is a set of functions over it.
import type { ExecIo } from '../io.ts';
import type { Writer } from '../../kernel/process.ts';
import type { ShellOptions, ShellState } from '../state.ts';
import type { ShellArray } from '../arrays.ts';

/** A shell started by this one (`sh -c`, a script): its state and how to run a script in it. */
export interface ChildShell {
  readonly state: Interp;
  /** Runs a script; `sharedBudget` keeps the steps already counted (a child spends its parent's budget). */
  run(script: string, io: ExecIo, tty?: boolean, sharedBudget?: boolean): Promise<{ exitCode: number; exited: boolean }>;
}

/** The interpreter's state as its parts see it. */
export interface Interp extends ShellState {
  /** Steps used by the current line (shared with child shells). */
  steps: number;
  /** The step count the budget starts from: 0 for a line; a background shell's moves on at each pause (budget.ts breathe). */
  budgetFrom: number;
  /** The source line of the command running, for `bash: line N:` messages. */
  lineNo: number;
  /** Lines typed at this shell's prompt so far: dash numbers an interactive shell's errors by them. */
  inputLines: number;
  /** >0 inside a condition (if/while test, left of && or ||, after !): `set -e` does not fire there. */
  conditionDepth: number;
  funcDepth: number;
  loopDepth: number;
  /** How deep in `$(…)`, subshells and sourced files we are (bash's nesting limits). */
  nesting: number;
  /** How deep in `$(…)` we are: bash repeats the `+` of an `-x` trace once per level. */
  substDepth: number;
  signal: AbortSignal | undefined;
  /** Status of the last `$(…)` in the current simple command (`x=$(false)` returns 1). */
  substStatus: number | undefined;
  /** When the shell last let the event loop run (see budget.ts breathe). */
  lastBreath: number;
  /** Started with `-c`: `$-` shows `c`. */
  commandMode: boolean;
  /** One frame per function call, for `local`. */
  readonly scopes: Scope[];
  /** The descriptors `<(…)` and `>(…)` opened for the command running now, by number. */
  readonly openFds: Map<number, OpenFd>;
  /** Starts a child shell with these options (the Shell that holds this interpreter builds it). */
  spawn(opts: ShellOptions): ChildShell;
}

/** A descriptor a process substitution opened: `<(…)`'s output to read, or `>(…)`'s input to write. */
export type OpenFd = { kind: 'read'; text: string } | { kind: 'write'; writer: Writer; close(): Promise<void> };

/** What a function call's `local` names held before, to put back on return. */
export type Scope = Map<string, { value: string | undefined; array: ShellArray | undefined; exported: boolean }>;
