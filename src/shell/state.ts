// What a builtin (and any other part of the shell) may see of a running shell: its variables,
// options, functions and the few operations that run more commands. The interpreter implements it;
// builtins depend on this interface, never on the interpreter, so the two do not import each other.
import type { NetworkStack } from '../kernel/net.ts';
import type { InteractiveShell, JobClock, OwnProcess, Program } from '../kernel/process.ts';
import type { Vfs } from '../vfs/vfs.ts';
import type { Node } from './ast.ts';
import type { ShellArray } from './arrays.ts';
import type { ExecIo } from './io.ts';
import type { Dialect } from './messages.ts';
import type { ShellOptionFlags } from './options.ts';
import type { JobTable } from './jobs.ts';

/** How to build a shell. */
export interface ShellOptions {
  fs: Vfs;
  programs: Map<string, Program>;
  env: Map<string, string>;
  cwd: string;
  dialect: Dialect;
  user?: string;
  hostname?: string;
  promptStyle?: 'host' | 'container';
  sleep?: (ms: number) => Promise<void>;
  isTty?: boolean;
  columns?: number;
  enterShell?: (s: InteractiveShell) => void;
  /** The machine's network, handed to programs as ctx.net. */
  net?: NetworkStack;
  /** `$0` and the prefix of error messages; default `bash` or `sh` by dialect. */
  name?: string;
  /** Positional parameters `$1`… */
  args?: string[];
  /** Seeds `$RANDOM`, so a session's numbers repeat when it is replayed; default 1. */
  randomSeed?: number;
  /** What `sh` is on this machine: dash on Debian and Ubuntu, ash on busybox; default this shell's dialect. */
  shDialect?: Dialect;
  /** The shell stands in for an exec'd program (a container's exec-form command): it exports no PWD of its own. */
  execForm?: boolean;
  /** The process this shell is (its command, or what `exec` replaces it with, becomes that process). Child shells it execs inherit it. */
  process?: () => OwnProcess | undefined;
  /** Told the steps a run has taken at each pause it makes: how the daemon tells a busy background
   *  process (a loop that never sleeps) from one that is about to block. It returns how many
   *  milliseconds the process rests before it goes on (none if nothing). Child shells inherit it. */
  onPause?: (steps: number) => number | void;
  /** The shell runs beside the learner's lines (a detached container's process, a job): it spends no
   *  line's step budget, and runs until it ends or is stopped (see budget.ts breathe). */
  background?: boolean;
  /** Resolves when the process may run: a paused container's (the cgroup freezer) stops at its next pause
   *  until it is unpaused, busy or not. Child shells inherit it. */
  thawed?: () => Promise<void>;
  /** How background jobs (`cmd &`) wait beside the foreground; without it their waits are the shell's `sleep`. */
  jobClock?: JobClock;
}

/** Where a command name leads: a table program, a script file, an unimplemented binary, a shell, or an error. */
export type Located =
  | { kind: 'program'; program: Program; path: string }
  | { kind: 'script'; path: string }
  | { kind: 'unsupported'; path: string }
  | { kind: 'shell'; path: string }
  | { kind: 'error'; code: number; message: string }
  | null;

/** A running shell as builtins see it. */
/** Where text run by `eval` or `.` came from: an eval argument or a file (its name as typed). */
export type SourcedFrom = { kind: 'eval' } | { kind: 'source'; file: string };

export interface ShellState extends ShellOptionFlags {
  readonly fs: Vfs;
  readonly programs: Map<string, Program>;
  readonly env: Map<string, string>;
  readonly exported: Set<string>;
  /** Bash's arrays by name (`a=(x y)`, `declare -A m`); a name is either here or in env, not both. */
  readonly arrays: Map<string, ShellArray>;
  /** Expanded `NAME=(…)` arguments of the declare/local/typeset running now, by argument text. */
  compoundArgs: Map<string, { append: boolean; elements: ({ key: string; value: string; append?: boolean } | string)[] }>;
  readonly functions: Map<string, Node>;
  readonly dialect: Dialect;
  readonly opts: ShellOptions;
  /** Set by `exec` while it starts its command: the program it runs becomes this shell's process. */
  execing: boolean;
  name: string;
  cwd: string;
  args: string[];
  lastExitCode: number;
  interactive: boolean;
  /** The jobs started with `&` that have not been reported yet. */
  readonly jobs: JobTable;
  /** `$!`: the process ID of the last job started with `&`. */
  lastBackgroundPid: number | undefined;
  /** Sends `sig` to a process of this machine (a negative PID: its group, here its leader); false when there is none. */
  signalProcess(pid: number, sig: number): boolean;
  /** The job builtins (wait, jobs, fg, bg, kill), loaded on first use. */
  jobBuiltins(): Promise<Record<'wait' | 'jobs' | 'fg' | 'bg' | 'kill', (sh: ShellState, argv: string[], io: ExecIo) => number | Promise<number>>>;
  /** How deep in function calls we are (`return` outside a function is an error). */
  readonly funcDepth: number;
  setVar(name: string, value: string, exported?: boolean): void;
  /** A variable's value (`$RANDOM` draws the next number; an array gives its element 0). */
  getVar(name: string): string | undefined;
  /** Inside a function: keeps `name`'s value, to put back when the function returns (`local`). */
  makeLocal(name: string): void;
  /** Removes a variable or array. */
  unsetVar(name: string): void;
  /** The environment a program sees: exported variables only, plus `extra`. */
  exportedEnv(extra?: Map<string, string>): Map<string, string>;
  /** `bash: ` / `bash: line 3: ` / `sh: ` before a shell-level error. */
  errPrefix(): string;
  /** Prefix for a builtin's error: `bash: cd: ` or busybox's `sh: cd: line 0: `. */
  builtinPrefix(builtin: string): string;
  /** Runs a parsed tree. */
  exec(node: Node, io: ExecIo): Promise<number>;
  /** Runs text as `eval` and `.` read it: commands before a syntax error run, then the error in the builtin's words. */
  runSourced(src: string, from: SourcedFrom, io: ExecIo): Promise<number>;
  /** Runs a command found outside the shell (a program or script), skipping functions and builtins. */
  invokeExternal(argv: string[], io: ExecIo): Promise<number>;
  /** Runs a command by name: function, builtin, program or script file. */
  invoke(argv: string[], assigns: Map<string, string>, io: ExecIo): Promise<number>;
  /** Finds a program by name or path. */
  locate(name: string): Located;
  /** Counts one unit of work against the step budget (and notices Ctrl-C). */
  step(): void;
  /** The next `$RANDOM` (0–32767). */
  random(): number;
  /** Restarts `$RANDOM`'s sequence (`RANDOM=n`). */
  seedRandom(seed: number): void;
}
