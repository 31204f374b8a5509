// Commands that are not functions or builtins: a program from the table, a script file, an image
// binary the workbook does not implement, or a shell (`sh`, `bash`), found by path or through $PATH.
import type { ProgramContext } from '../../kernel/process.ts';
import { resolve } from '../../vfs/path.ts';
import { FsError } from '../../vfs/types.ts';
import { BudgetExceeded, Interrupted, MemoryExceeded } from '../errors.ts';
import { meteredWriter } from './budget.ts';
import { PipeWriter, type ExecIo } from '../io.ts';
import { strerror } from '../messages.ts';
import type { Located } from '../state.ts';
import { runChildShell } from './child-shell.ts';
import { envCommand, interpreterCommand, MAX_INTERPRETER_DEPTH, missingInterpreter, readShebang } from './shebang.ts';
import type { Interp } from './types.ts';
import { ProcessFs } from '../programs/system/process-fs.ts';

/** Program names that start a child shell rather than a table program. */
const SHELL_NAMES = new Set(['sh', 'ash', 'bash', 'dash']);

/** Finds a program: a path (`./x`, `/bin/ls`), else the program table, else an executable in $PATH. */
export function locate(it: Interp, name: string): Located {
  if (name.includes('/')) return locatePath(it, name);
  const prog = it.programs.get(name);
  if (prog) return { kind: 'program', program: prog, path: pathOf(it, name) };
  for (const dir of (it.env.get('PATH') ?? '').split(':')) {
    if (!dir) continue;
    const p = resolve(it.cwd, `${dir}/${name}`);
    try {
      const n = it.fs.stat(p);
      if (n.type !== 'file' || (n.mode & 0o111) === 0) continue;
      const isBinary = n.size !== undefined || n.data[0] === 0x7f;
      if (isBinary) return SHELL_NAMES.has(name) ? { kind: 'shell' } : { kind: 'unsupported', path: p };
      return { kind: 'script', path: p };
    } catch {
      /* not here */
    }
  }
  return null;
}

function locatePath(it: Interp, name: string): Located {
  const p = resolve(it.cwd, name);
  let node;
  try {
    node = it.fs.stat(p);
  } catch {
    return { kind: 'error', code: 127, message: it.dialect === 'bash' ? `${name}: No such file or directory` : `${name}: not found` };
  }
  if (node.type === 'dir') return { kind: 'error', code: 126, message: it.dialect === 'bash' ? `${name}: Is a directory` : `${name}: Permission denied` };
  if ((node.mode & 0o111) === 0) return { kind: 'error', code: 126, message: `${name}: Permission denied` };
  const real = it.fs.realpath(p);
  const base = real.slice(real.lastIndexOf('/') + 1);
  const prog = it.programs.get(base) ?? it.programs.get(name.slice(name.lastIndexOf('/') + 1));
  const data = node.type === 'file' ? node.data : new Uint8Array();
  // Image binaries are sized stand-ins (node.size set): they run as the program they are named for,
  // and /bin/sh, /bin/bash … as a child shell, whatever the stand-in's text says.
  const isBinary = node.type === 'file' && (node.size !== undefined || data[0] === 0x7f);
  const invoked = name.slice(name.lastIndexOf('/') + 1);
  if (isBinary && !prog && SHELL_NAMES.has(invoked)) return { kind: 'shell' };
  // A binary the workbook does not implement says so rather than running its stand-in text.
  if (isBinary && !prog) return { kind: 'unsupported', path: p };
  const isScript = !isBinary && data.length > 0 && !(data[0] === 0x23 && data[1] === 0x21 && prog);
  if (prog && !isScript) return { kind: 'program', program: prog, path: p };
  return { kind: 'script', path: p };
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

/** Where `type`/`which` say a table program lives: its file in $PATH if the filesystem has one. */
export function pathOf(it: Interp, name: string): string {
  for (const dir of (it.env.get('PATH') ?? '').split(':')) {
    if (dir && it.fs.lexists(`${dir}/${name}`)) return `${dir}/${name}`;
  }
  return it.dialect === 'bash' ? `/usr/bin/${name}` : `/bin/${name}`;
}

/** Runs a command found outside the shell; 127 with the dialect's message when there is none. */
export async function runExternal(it: Interp, argv: string[], assigns: Map<string, string>, io: ExecIo, depth = 0): Promise<number> {
  const name = argv[0];
  const found = locate(it, name);
  if (found === null) {
    if (name === 'sh' || (name === 'bash' && it.dialect === 'bash')) return runChildShell(it, argv, assigns, io);
    io.stderr.write(it.dialect === 'bash' ? `${it.errPrefix()}${name}: command not found\n` : it.dialect === 'dash' ? `${it.errPrefix()}${name}: not found\n` : `${it.name}: ${name}: not found\n`);
    return 127;
  }
  if (found.kind === 'error') {
    io.stderr.write(it.dialect === 'ash' ? `${it.name}: ${found.message}\n` : `${it.errPrefix()}${found.message}\n`);
    return found.code;
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
    fs: new ProcessFs(it.fs, { argv, env, stdin: () => io.stdin.readAll(), stdout, stderr }),
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
    runShell: (shellArgv, as) => runChildShell(it, shellArgv, new Map(), io, undefined, as),
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
