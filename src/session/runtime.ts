// The Runtime the daemon runs container and build processes with: the same POSIX shell as the host,
// over the container's filesystem, with that image's userland — busybox (Alpine, busybox images) or
// GNU coreutils (Debian, Ubuntu and the images built on them).
import { type ProcessIo, type ProcessSpec, type Runtime, containerRegistryHandler } from '../engine/index.ts';
import { Shell } from '../shell/shell.ts';
import { busyboxPrograms, coreutilsPrograms, processPrograms } from '../shell/programs/index.ts';
import { processTableOf, type ProcessEntry } from '../shell/programs/process-table.ts';
import type { InteractiveShell, Program } from '../kernel/process.ts';
import type { Vfs } from '../vfs/vfs.ts';
import { lazyProgramsLoaded, loadLazyPrograms } from '../shell/programs/lazy.ts';
import { beginActivity, BUSY_STEPS } from '../kernel/activity.ts';
import { jobCode } from '../shell/interpreter/job-code.ts';

const SHELLS = new Set(['sh', 'ash', 'bash', 'dash']);

/** Whether a root filesystem is a busybox userland (Alpine, busybox) rather than GNU; Alpine keeps it after `apk add bash`. */
export function isBusybox(fs: Vfs): boolean {
  return fs.lexists('/bin/busybox');
}

/** A runtime whose programs are the shell's tables; `extra` adds programs every container has (none yet). */
export function shellRuntime(extra: () => Map<string, Program> = () => new Map()): Runtime {
  // execForm: the shell runs spec.argv as the exec'd process would, not as a shell the learner types into.
  const shellFor = (spec: ProcessSpec, io: Pick<ProcessIo, 'columns' | 'sleep' | 'onPause' | 'background' | 'thawed' | 'jobClock'> & { tty?: boolean }, self: () => ProcessEntry | undefined, execForm = false, starting?: () => void) => {
    const busybox = isBusybox(spec.fs);
    const programs = busybox ? busyboxPrograms({ registryHandler: containerRegistryHandler }) : coreutilsPrograms({ registryHandler: containerRegistryHandler });
    for (const [name, program] of processPrograms(busybox ? 'busybox' : 'gnu', processTableOf(spec.fs))) programs.set(name, program);
    for (const [name, program] of extra()) programs.set(name, program);
    // A starting process is outside work a simulated session waits for, until it waits itself or hands
    // over to a program (which counts its own: a runtime's worker), so `docker run -d` then `curl`
    // finds a server listening however long the entrypoint script took.
    if (starting) for (const [name, program] of programs) programs.set(name, (ctx) => (starting(), program(ctx)));
    const env = new Map(spec.env.map((kv) => [kv.slice(0, kv.indexOf('=') < 0 ? kv.length : kv.indexOf('=')), kv.includes('=') ? kv.slice(kv.indexOf('=') + 1) : '']));
    if (!env.has('HOME')) env.set('HOME', spec.identity?.home ?? (spec.user === 'root' || spec.user === '0' || spec.user === '' ? '/root' : '/'));
    if (!env.has('HOSTNAME')) env.set('HOSTNAME', spec.hostname);
    return new Shell({
      fs: spec.identity ? spec.fs.as(spec.identity) : spec.fs,
      programs,
      env,
      cwd: spec.cwd || '/',
      dialect: busybox && !/(^|\/)bash$/.test(spec.argv[0] ?? '') ? 'ash' : 'bash',
      // /bin/sh is busybox ash on Alpine and dash on Debian and Ubuntu (and the images built on them).
      shDialect: busybox ? 'ash' : 'dash',
      user: spec.user && spec.user !== '0' ? spec.user.split(':')[0] : 'root',
      hostname: spec.hostname,
      promptStyle: 'container',
      sleep: starting ? (ms: number) => (starting(), io.sleep(ms)) : io.sleep,
      isTty: io.tty ?? false,
      columns: io.columns,
      net: spec.net,
      execForm,
      process: self,
      // A start that keeps working without a wait (a loop that never sleeps) is busy, not starting.
      onPause: starting ? (steps: number) => (steps >= BUSY_STEPS && starting(), io.onPause?.(steps)) : io.onPause,
      background: io.background,
      thawed: io.thawed,
      jobClock: io.jobClock,
    });
  };

  return {
    preload: async () => void (await Promise.all([loadLazyPrograms(), jobCode()])),
    async run(spec, io) {
      // A script must not wait on a chunk half way (a detached server would listen late): load first.
      const starting = beginActivity();
      if (!lazyProgramsLoaded()) await loadLazyPrograms();
      const script = spec.argv.map(quote).join(' ');
      // Stopped by the engine (docker stop, Ctrl-C) or by a `kill` inside the container.
      const killed = new AbortController();
      const stop = () => killed.abort();
      if (io.signal.aborted) stop();
      io.signal.addEventListener('abort', stop, { once: true });
      const proc = register(spec, io.tty, killed);
      const shell = shellFor(spec, io, () => proc, true, starting);
      try {
        const result = await shell.run(script, { stdout: io.stdout, stderr: io.stderr, signal: killed.signal, stdin: io.stdin }, io.tty);
        return result.exitCode;
      } finally {
        starting();
        io.signal.removeEventListener('abort', stop);
        const table = processTableOf(spec.fs);
        table.exit(proc.pid);
        // PID 1 ending ends its PID namespace: the kernel kills what is left (a job started with `&`).
        if (proc.pid === 1) for (const left of table.list()) left.signal(9);
      }
    },
    processes: (fs) => processTableOf(fs).list().map(({ pid, ppid, user, argv }) => ({ pid, ppid, user, argv })),
    interactive(spec, io): InteractiveShell | undefined {
      const name = spec.argv[0]?.slice(spec.argv[0].lastIndexOf('/') + 1) ?? '';
      if (!SHELLS.has(name) || spec.argv.length > 1) return undefined;
      let proc: ProcessEntry | undefined;
      const shell = shellFor(spec, { ...io, tty: true }, () => proc);
      // Registered when the learner first types into it (the engine also asks for one just to check).
      return {
        prompt: () => shell.prompt(),
        complete: (line, cursor) => shell.complete(line, cursor),
        async feed(line, feedIo) {
          proc ??= register(spec, true, new AbortController());
          const result = await shell.feed(line, feedIo);
          if (result.kind === 'ran' && result.exited) processTableOf(spec.fs).exit(proc.pid);
          return result;
        },
      };
    },
  };
}

// Enters a process in its container's table; PID 1 running a shell ignores signals sent from inside,
// as the kernel protects an init without handlers.
function register(spec: ProcessSpec, tty: boolean, killed: AbortController): ProcessEntry {
  const table = processTableOf(spec.fs);
  const shellInit = table.peek() === 1 && SHELLS.has(spec.argv[0]?.replace(/^.*\//, '') ?? '');
  return table.spawn({
    user: spec.user && spec.user !== '0' ? spec.user.split(':')[0] : 'root',
    argv: spec.argv,
    tty,
    started: spec.fs.clock(),
    signal: () => {
      if (!shellInit) killed.abort();
    },
  }, table.peek() === 1 ? 0 : 1);
}

// Quotes one argv word for the shell so it arrives unchanged (exec form has no shell processing).
function quote(word: string): string {
  return /^[A-Za-z0-9_@%+=:,./-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;
}
