// What the shell hands a program it runs (echo, ls, apk, docker …) and what it gets back. A neutral
// contract: the shell runs programs with it, the docker CLI and the image binaries are written to it.
import type { Vfs } from '../vfs/vfs.ts';
import type { Identity } from '../vfs/access.ts';
import type { NetworkStack } from './net.ts';

/** Where a program writes; text uses "\n" line ends. */
export interface Writer {
  write(text: string): void;
}

/** A shell the session can switch the terminal into, such as the container's `/ # ` after `docker run -it alpine sh`. */
export interface InteractiveShell {
  /** The prompt to show before the next line. */
  prompt(): string;
  /** Runs one typed line (or reports that a multi-line construct needs more); `exited` ends the shell. */
  feed(line: string, io: { stdout: Writer; stderr: Writer; signal: AbortSignal }): Promise<
    { kind: 'ran'; exitCode: number; exited: boolean } | { kind: 'incomplete' }
  >;
  /** Completion candidates for the word under the cursor. */
  complete?(line: string, cursor: number): { start: number; candidates: string[] };
}

/** Everything a program may use while it runs. */
export interface ProgramContext {
  argv: string[]; // argv[0] is the name it was called by
  env: Map<string, string>;
  cwd: string; // absolute path
  fs: Vfs;
  stdin: string; // whole input (pipes and heredocs are buffered: no program here reads interactively)
  stdout: Writer;
  stderr: Writer;
  /** Whether stdout is a terminal (the learner's xterm), as `isatty(1)`; false in pipes, redirects and `npm run sim` to a file. */
  isTty: boolean;
  /**
   * Whether stdout is a pipe to the next command. Pipes are buffered whole, so a program with endless
   * output (`cat /dev/zero | head -c 1000`) writes one block into one and stops: the reader takes what it needs.
   */
  stdoutIsPipe?: boolean;
  /** Whether stdin is a terminal, as `isatty(0)`: the learner's keyboard, not a pipe, file or heredoc. */
  stdinTty?: boolean;
  columns: number;
  /** Aborted when the learner presses Ctrl-C; long-running programs check it at each await. */
  signal: AbortSignal;
  /** Resolves after `ms` of simulated time (instant in tests and sim; real, interruptible in the browser). */
  sleep(ms: number): Promise<void>;
  /** Changes the calling shell's working directory (only `cd` uses it). */
  chdir?(path: string): void;
  /** Hands the terminal to another shell until it exits (docker run -it, docker exec -it). */
  enterShell?(shell: InteractiveShell): void;
  /** This machine's network (curl, wget, nginx, registry …); absent where there is none. */
  net?: NetworkStack;
  /** The process this program is, when it is one's image (a container's command, or `exec PROGRAM`): it may set its title and take its signals. */
  process?: OwnProcess;
  /** Runs a shell (`/bin/sh -c CMD`, a script) as another user with its own environment and directory (su); `streams` replace the caller's input or output (awk's command pipes). */
  runShell?(argv: string[], as: ShellCredentials, streams?: ChildStreams): Promise<number>;
}

/** A process in its machine's process table, as the program running as it sees it. */
export interface OwnProcess {
  readonly pid: number;
  /** Its command line as ps, `docker top` and /proc/PID/cmdline show it (nginx retitles itself). */
  argv: string[];
  /** What a signal sent to it (kill, `nginx -s`) does; a program replaces it to handle signals itself. */
  signal(sig: number): void;
}

/** The input and output a program gives a child it starts, where they are not its own (a pipe it writes or reads). */
export interface ChildStreams {
  stdin?: string;
  stdout?: Writer;
  /** What ends the child instead of the caller's Ctrl-C alone (timeout's signal). */
  signal?: AbortSignal;
  /** The child's waits instead of the caller's (timeout counts them against its deadline). */
  sleep?(ms: number): Promise<void>;
}

/** Who a shell started by a program runs as, with what environment, where. */
export interface ShellCredentials {
  identity: Identity;
  user: string;
  env: Map<string, string>;
  cwd: string;
}

/**
 * How a shell's background jobs (`cmd &`) keep time beside the foreground: the session's clock, or the
 * daemon's for a container's shell. Real time in the browser; a simulated clock moves only as the learner
 * types and waits, waking each job's wait in turn.
 */
export interface JobClock {
  /** A job's own wait (its `sleep`): resolves once the clock has passed now + ms, without moving it. */
  wait(ms: number, signal?: AbortSignal): Promise<void>;
  /** The foreground waiting for a job (`wait`, `fg`): a simulated clock jumps to each job's wait in turn. */
  until<T>(until: Promise<T>, signal?: AbortSignal): Promise<T>;
}

/** A program: returns its exit status. Errors it does not catch become exit status 1 with a message on stderr. */
export type Program = (ctx: ProgramContext) => number | Promise<number>;
