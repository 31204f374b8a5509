// Running PID 1 of a container through the injected Runtime: in the background (`-d`, its sleeps on
// the background clock), attached to the terminal, held open for a TTY or stdin nobody writes, or
// handed to the terminal as an interactive shell. Output goes to the container's log as it comes.
import type { ProcessSpec, Runtime } from '../runtime.ts';
import type { InteractiveShell, JobClock, Writer } from '../../kernel/process.ts';
import type { EngineHost } from '../clock.ts';
import { announcingListens, type NetworkStack } from '../../kernel/net.ts';
import type { Container, Task } from './container.ts';
import { DEFAULT_PATH } from './create.ts';
import { UnknownProcessUser } from '../errors/process-user.ts';
import { ExecUserError, resolveExecUser, type ExecUser } from '../exec-user.ts';
import { ignoresTermination } from './signals.ts';
import type { Vfs } from '../../vfs/vfs.ts';
import { ExecutableNotFound } from '../errors/exec.ts';
import { execFormatError } from '../exec-format.ts';
import { Pace } from './turns.ts';
import { backgroundJobClock } from '../../kernel/job-clock.ts';

/** Where an attached run's output goes, and what it reads. */
export interface AttachIo {
  stdout: Writer;
  stderr: Writer;
  stdin: string;
  columns: number;
}

/**
 * The environment PID 1 and exec'd processes see, as dockerd's CreateDaemonEnvironment makes it: PATH,
 * HOSTNAME (and TERM=xterm with a TTY) first, then the configured variables replacing or appending.
 */
export function processEnv(c: Container, extra: readonly string[] = [], tty = c.record.config.Tty): string[] {
  const env = [`PATH=${DEFAULT_PATH}`, `HOSTNAME=${c.record.config.Hostname}`, ...(tty ? ['TERM=xterm'] : [])];
  for (const kv of [...c.record.config.Env, ...extra]) {
    const key = kv.includes('=') ? kv.slice(0, kv.indexOf('=')) : kv;
    const at = env.findIndex((e) => e === key || e.startsWith(`${key}=`));
    if (at >= 0) env[at] = kv;
    else env.push(kv);
  }
  return env;
}

/** The process spec for argv in a container. */
export function specFor(c: Container, argv: string[], net: NetworkStack | undefined, extra: { env?: string[]; cwd?: string; user?: string } = {}): ProcessSpec {
  const user = extra.user || c.record.config.User || '';
  return {
    fs: c.processFs(),
    argv,
    env: processEnv(c, extra.env),
    cwd: extra.cwd || c.record.config.WorkingDir || '/',
    user: user || 'root',
    identity: processUser(c.fs, user),
    hostname: c.record.config.Hostname,
    net,
  };
}

/** The user a process runs as (`USER`, `-u`), resolved in the container's /etc/passwd; throws runc's error. */
export function processUser(fs: Vfs, user: string): ExecUser {
  try {
    return resolveExecUser(fs, user);
  } catch (error) {
    if (error instanceof ExecUserError) throw new UnknownProcessUser(error.message);
    throw error;
  }
}

/** Whether argv[0] is an executable the kernel could start: a path that exists, or a name on PATH. */
export function findExecutable(fs: Vfs, argv0: string, env: readonly string[]): boolean {
  const isFile = (p: string) => {
    try {
      return fs.stat(p).type === 'file';
    } catch {
      return false;
    }
  };
  if (argv0.includes('/')) return isFile(argv0.startsWith('/') ? argv0 : `/${argv0}`);
  const path = env.find((e) => e.startsWith('PATH='))?.slice(5) ?? DEFAULT_PATH;
  return path.split(':').some((dir) => dir !== '' && isFile(`${dir}/${argv0}`));
}

/** Throws runc's error when PID 1 cannot be executed. */
export function checkExecutable(c: Container, argv: string[]): void {
  processUser(c.fs, c.record.config.User || '');
  if (!findExecutable(c.fs, argv[0], processEnv(c))) throw new ExecutableNotFound(argv[0], argv[0].includes('/'));
}

/** How PID 1 is run. */
export type LaunchMode = { kind: 'background' } | { kind: 'attached'; io: AttachIo };

/**
 * Starts PID 1 and returns its task; `onExit` gets the exit code once it ends. The process's output
 * is logged and, attached, also written to the terminal.
 */
export function launch(runtime: Runtime, host: EngineHost, c: Container, net: NetworkStack, mode: LaunchMode, onExit: (code: number) => void): Task {
  const argv = [c.record.path, ...c.record.args];
  const controller = new AbortController();
  const sink = (stream: 'stdout' | 'stderr', to?: Writer): Writer => ({
    write(text) {
      if (!text) return;
      if (c.logging) c.log(stream, host.now(), text);
      to?.write(text);
    },
  });
  const background = mode.kind === 'background';
  const pace = new Pace();
  const io = {
    stdout: sink('stdout', background ? undefined : mode.io.stdout),
    stderr: sink(c.record.config.Tty ? 'stdout' : 'stderr', background ? undefined : mode.io.stderr),
    stdin: background ? '' : mode.io.stdin,
    tty: c.record.config.Tty,
    columns: background ? 80 : mode.io.columns,
    signal: controller.signal,
    // Only a detached process rests when busy: an attached one is the learner's line, Ctrl-C stops it.
    onPause: (steps: number) => (background ? pace.paused(steps) : void pace.paused(steps)),
    background,
    // Paused, a busy process stops at its next pause too (a sleeping one stops when it wakes, below),
    // and is blocked while frozen, as the daemon's turns see it.
    thawed: async () => {
      if (c.paused) await pace.blockedDuring(() => c.whenThawed());
    },
    jobClock: blockedWhileWaiting(background ? backgroundJobClock(host) : host, pace),
    // A paused container's process stops at its next sleep until it is unpaused.
    sleep: (ms: number) =>
      pace.blockedDuring(async () => {
        await (background ? host.wait(ms, controller.signal) : host.sleep(ms, controller.signal));
        await c.whenThawed();
      }),
  };
  const spec = specFor(c, argv, announcingListens(net, () => pace.block()));
  const task: Task = { controller, deaf: ignoresTermination(argv), net, done: Promise.resolve(0), pace };
  // A shell with a TTY or an open stdin that nobody writes to waits for input until it is stopped.
  const foreign = c.record.foreignPlatform !== undefined;
  const holds = !foreign && background && (c.record.config.Tty || c.record.config.OpenStdin) && runtime.interactive(spec, { columns: 80, sleep: io.sleep, jobClock: host }) !== undefined;
  const run = foreign ? Promise.resolve(execFormatError(c.fs, argv[0], spec.env, io.stderr)) : holds ? untilAborted(controller.signal) : runtime.run(spec, io);
  task.done = run.then(
    (code) => exitCode(task, code),
    () => exitCode(task, undefined),
  );
  void task.done.then(() => pace.end());
  if (holds) pace.block();
  void task.done.then(onExit);
  return task;
}

// The job clock for a container's process: waiting for one of its jobs (`wait`), it is blocked, as asleep.
function blockedWhileWaiting(clock: JobClock, pace: Pace): JobClock {
  return {
    wait: (ms, signal) => clock.wait(ms, signal),
    until: (until, signal) => pace.blockedDuring(() => clock.until(until, signal)),
  };
}

/** An interactive shell for `docker run -it … sh` / `docker start -ai`: the container runs until it exits. */
export function launchInteractive(runtime: Runtime, host: EngineHost, c: Container, net: NetworkStack, columns: number, onExit: (code: number) => void): { task: Task; shell: InteractiveShell } | undefined {
  const argv = [c.record.path, ...c.record.args];
  const controller = new AbortController();
  const sleep = (ms: number) => host.sleep(ms, controller.signal);
  if (c.record.foreignPlatform !== undefined) return undefined;
  const inner = runtime.interactive(specFor(c, argv, net), { columns, sleep, jobClock: host });
  if (!inner) return undefined;
  let finish!: (code: number) => void;
  // A shell for the terminal is blocked whenever the daemon looks: it waits for the learner's lines.
  const pace = new Pace();
  pace.block();
  const task: Task = { controller, deaf: true, net, done: new Promise<number>((resolve) => (finish = resolve)), pace };
  controller.signal.addEventListener('abort', () => finish(exitCode(task, undefined)), { once: true });
  void task.done.then(onExit);
  const history = historyWriter(c, argv[0]);
  const shell: InteractiveShell = {
    prompt: () => inner.prompt(),
    complete: inner.complete ? (line, cursor) => inner.complete!(line, cursor) : undefined,
    async feed(line, io) {
      if (controller.signal.aborted) return { kind: 'ran', exitCode: c.record.state.ExitCode, exited: true };
      const log = (stream: 'stdout', to: Writer): Writer => ({
        write(text) {
          if (!text) return;
          c.log(stream, host.now(), text);
          to.write(text);
        },
      });
      const result = await inner.feed(line, { stdout: log('stdout', io.stdout), stderr: log('stdout', io.stderr), signal: io.signal });
      if (result.kind === 'ran') {
        history(line);
        if (result.exited) finish(result.exitCode);
      }
      return result;
    },
  };
  return { task, shell };
}

// busybox ash keeps its history in $HOME/.ash_history as lines are run; bash writes ~/.bash_history.
function historyWriter(c: Container, shellPath: string): (line: string) => void {
  const name = shellPath.slice(shellPath.lastIndexOf('/') + 1);
  const file = name === 'bash' ? '/root/.bash_history' : c.fs.lexists('/bin/busybox') ? '/root/.ash_history' : '';
  const user = c.record.config.User;
  return (line) => {
    if (!file || !line.trim() || (user !== '' && user !== 'root' && user !== '0')) return;
    try {
      if (c.fs.exists('/root')) c.fs.writeFile(file, `${line}\n`, { append: true, mode: 0o600 });
    } catch {
      /* a read-only or missing home keeps no history */
    }
  };
}

// The status docker reports: a killed process answers 128 + the signal, unless it handled it.
function exitCode(task: Task, code: number | undefined): number {
  if (task.killedWith !== undefined && (code === undefined || task.deaf || code === 130 || task.killedWith === 9)) return 128 + task.killedWith;
  return code ?? 137;
}

function untilAborted(signal: AbortSignal): Promise<number> {
  return new Promise((_, reject) => signal.addEventListener('abort', () => reject(new Error('killed')), { once: true }));
}
