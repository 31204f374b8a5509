// How the daemon runs processes inside a container or a build step. The engine cannot import the
// shell (imports run one way), so the session injects a Runtime built on it: dependency inversion.
import type { Vfs } from '../vfs/vfs.ts';
import type { NetworkStack } from '../kernel/net.ts';
import type { InteractiveShell, JobClock, Writer } from '../kernel/process.ts';
import type { ExecUser } from './exec-user.ts';

/** What a process runs on and as. */
export interface ProcessSpec {
  /** The container's (or build step's) root filesystem, writable. */
  fs: Vfs;
  /** argv as the kernel would get it: `['/bin/sh', '-c', 'echo hi']`, `['nginx', '-g', 'daemon off;']`. */
  argv: string[];
  /** `KEY=value` strings, as in the image config. */
  env: string[];
  cwd: string;
  /** `root`, `1000`, `node:node` — as in the config or `-u`. */
  user: string;
  /** `user` resolved in the root filesystem: files the process creates are its, permissions are checked for it. */
  identity?: ExecUser;
  hostname: string;
  /** The container's network namespace (absent for build steps without network). */
  net?: NetworkStack;
}

/** The streams and signals of one process. */
export interface ProcessIo {
  stdout: Writer;
  stderr: Writer;
  stdin: string;
  tty: boolean;
  columns: number;
  signal: AbortSignal;
  /** How the process waits: the foreground clock for attached runs, the background one for detached. */
  sleep(ms: number): Promise<void>;
  /** Told the steps the process has taken each time it pauses while busy (a shell's loop); returns
   *  how many milliseconds it rests before it goes on. */
  onPause?(steps: number): number | void;
  /** The process runs beside the learner's lines (a detached container's): no line's step budget stops it. */
  background?: boolean;
  /** Resolves when the process may run again (a paused container's is frozen until it is unpaused). */
  thawed?(): Promise<void>;
  /** How a shell's background jobs (`cmd &`) wait beside it: the daemon's clock. */
  jobClock?: JobClock;
}

/** Runs processes in a root filesystem with the programs of that image's userland (busybox or GNU). */
export interface Runtime {
  /** Runs argv to completion; resolves to its exit status (127 and the shell's message when not found). */
  run(spec: ProcessSpec, io: ProcessIo): Promise<number>;
  /** Loads the programs the runtime fetches lazily (engine.preload() awaits it before processes start). */
  preload?(): Promise<void>;
  /** A shell for the terminal, when argv names an interactive shell (`sh`, `bash`, `ash`). */
  interactive(spec: ProcessSpec, io: Pick<ProcessIo, 'columns' | 'sleep' | 'jobClock'>): InteractiveShell | undefined;
  /** The processes running on a container's filesystem (PIDs in its namespace), for `docker top`. */
  processes?(fs: Vfs): RunningProcess[];
}

/** One process of a container as `docker top` lists it. */
export interface RunningProcess {
  pid: number;
  ppid: number;
  user: string;
  argv: string[];
}
