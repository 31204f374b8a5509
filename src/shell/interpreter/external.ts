// Commands that are not functions or builtins: a program from the table, a script file, an image
// binary the workbook does not implement, or a shell (`sh`, `bash`), found by path or through $PATH.
import type { ProgramContext } from '../../kernel/process.ts';
import { ownProcess } from './own-process.ts';
import { resolve } from '../../vfs/path.ts';
import { FsError } from '../../vfs/types.ts';
import { BudgetExceeded, Interrupted, MemoryExceeded } from '../errors.ts';
import { meteredWriter } from './budget.ts';
import { InputStream, PipeWriter, type ExecIo } from '../io.ts';
import { strerror } from '../messages.ts';
import type { Located } from '../state.ts';
import { runChildShell } from './child-shell.ts';
import { envCommand, interpreterCommand, MAX_INTERPRETER_DEPTH, missingInterpreter, readShebang } from './shebang.ts';
import type { Interp } from './types.ts';
import { ProcessFs } from '../programs/system/process-fs.ts';
import { ImagePrograms, lookup } from '../lookup.ts';

/** Finds a program (see shell/lookup.ts), with the dialect's words when a path cannot be run. */
export function locate(it: Interp, name: string): Located {
  const found = lookup(it.fs, it.cwd, it.env.get('PATH') ?? '', it.programs, name);
  if (found === null) return null;
  if (found.kind === 'program') return { kind: 'program', program: found.program, path: found.path ?? pathOf(it, name) };
  if (found.kind === 'shell') return { kind: 'shell', path: found.path };
  if (found.kind !== 'missing') return found;
  const bash = it.dialect === 'bash';
  if (found.errno === 'ENOENT') return { kind: 'error', code: 127, message: bash ? `${name}: No such file or directory` : `${name}: not found` };
  if (found.errno === 'EISDIR') return { kind: 'error', code: 126, message: bash ? `${name}: Is a directory` : `${name}: Permission denied` };
  return { kind: 'error', code: 126, message: `${name}: Permission denied` };
}

/** An executable text file: its `#!` interpreter with the file and arguments, else (ENOEXEC) a child shell reading it. */
async function runScript(it: Interp, argv: string[], path: string, assigns: Map<string, string>, io: ExecIo, depth: number): Promise<number> {
  const name = argv[0];
  const shebang = readShebang(it, path);
  if (!shebang) return runChildShell(it, [it.name, path, ...argv.slice(1)], assigns, io, name);
  const interpreter = interpreterCommand(it, shebang.interpreter);
  if (depth >= MAX_INTERPRETER_DEPTH || interpreter === null) {
    io.stderr.write(missingInterpreter(it, name));
    return 127;
  }
  // The kernel hands the interpreter the path exec was given (`./app.py`), or the one $PATH found.
  const file = name.includes('/') ? name : path;
  const viaEnv = envCommand(it, shebang.interpreter, shebang.arg);
  if (viaEnv && 'error' in viaEnv) {
    io.stderr.write(viaEnv.error);
    return 127;
  }
  // env only execs its command through $PATH, which is the shell's own lookup (shells included).
  if (viaEnv) return runExternal(it, [...viaEnv.argv, file, ...argv.slice(1)], assigns, io, depth + 1);
  return runExternal(it, [interpreter, ...(shebang.arg === undefined ? [] : [shebang.arg]), file, ...argv.slice(1)], assigns, io, depth + 1);
}

/** Where `type` says a host program lives, having no file: where the distribution installs it. */
function pathOf(it: Interp, name: string): string {
  return it.dialect === 'bash' ? `/usr/bin/${name}` : `/bin/${name}`;
}

/** Runs a command found outside the shell; 127 with the dialect's message when there is none. */
export async function runExternal(it: Interp, argv: string[], assigns: Map<string, string>, io: ExecIo, depth = 0, tail = false): Promise<number> {
  const name = argv[0];
  const found = locate(it, name);
  if (found === null) {
    // The host has no files for its shells; a container runs one only where the image has it.
    if (!(it.programs instanceof ImagePrograms) && (name === 'sh' || (name === 'bash' && it.dialect === 'bash'))) return runChildShell(it, argv, assigns, io);
    io.stderr.write(it.dialect === 'bash' ? `${it.errPrefix()}${name}: command not found\n` : it.dialect === 'dash' ? `${it.errPrefix()}${name}: not found\n` : `${it.name}: ${name}: not found\n`);
    return 127;
  }
  if (found.kind === 'error') {
    io.stderr.write(it.dialect === 'ash' ? `${it.name}: ${found.message}\n` : `${it.errPrefix()}${found.message}\n`);
    return found.code;
  }
  // Exec'd as the last command of `sh -c`: the shell's process takes this command line, as `exec` does.
  const self = tail ? it.opts.process?.() : undefined;
  if (self) {
    self.argv = [...argv];
    it.execing = true;
  }
  if (found.kind === 'shell') return runChildShell(it, argv, assigns, io);
  if (found.kind === 'unsupported') {
    io.stderr.write(`${name.slice(name.lastIndexOf('/') + 1)}: not supported in the workbook\n`);
    return 127;
  }
  if (found.kind === 'script') return runScript(it, argv, found.path, assigns, io, depth);
  const env = it.exportedEnv(assigns);
  const stdout = meteredWriter(io.stdout, it);
  const stderr = meteredWriter(io.stderr, it);
  const ctx: ProgramContext = {
    argv,
    env,
    cwd: it.cwd,
    // The tree plus the kernel's /dev and /proc, which answer for this program (its streams, /proc/self).
    fs: new ProcessFs(it.fs, { argv, env, stdin: () => io.stdin.readAll(), stdout, stderr, fds: it.openFds }),
    // Reading stdin takes it from the shared stream, so a program in a `while read` loop eats the rest.
    get stdin() {
      return io.stdin.readAll();
    },
    stdout,
    stderr,
    isTty: io.tty && (it.opts.isTty ?? false),
    stdoutIsPipe: io.stdout instanceof PipeWriter,
    // The learner types at a terminal even when its output is captured (sim, replays, checks).
    stdinTty: io.stdin.terminal,
    columns: it.opts.columns ?? 80,
    signal: io.signal,
    sleep: it.opts.sleep ?? (() => Promise.resolve()),
    chdir: (p) => {
      it.cwd = resolve(it.cwd, p);
    },
    enterShell: it.opts.enterShell,
    net: it.opts.net,
    process: ownProcess(it),
    runShell: (shellArgv, as, streams) => {
      const childIo = { ...io, stdin: streams?.stdin !== undefined ? new InputStream(streams.stdin) : io.stdin, stdout: streams?.stdout ?? io.stdout, tty: io.tty && !streams?.stdout, signal: streams?.signal ?? io.signal };
      return runChildShell(it, shellArgv, new Map(), childIo, undefined, as, streams?.sleep);
    },
  };
  try {
    return await found.program(ctx);
  } catch (e) {
    if (e instanceof Interrupted || e instanceof BudgetExceeded || e instanceof MemoryExceeded) throw e;
    if (io.signal.aborted) throw new Interrupted();
    const msg = e instanceof FsError ? `${e.path}: ${strerror(e.code)}` : e instanceof Error ? e.message : String(e);
    io.stderr.write(`${name}: ${msg}\n`);
    return 1;
  }
}
