// Commands the shell runs itself because they change its state or are expected to be built in:
// cd, pwd, echo, exit, export, unset, set, true/false/:, type, command, return, break, continue, shift, eval, ., read, test/[.
import { ExitSignal, LoopSignal, ReturnSignal } from './errors.ts';
import type { ExecIo } from './io.ts';
import type { ShellState } from './state.ts';
import { applyOption, listOptions, readOptions } from './options.ts';
import { runTest } from './test-expr.ts';
import { dashEchoText, echoText } from './echo.ts';
import { resolve } from '../vfs/path.ts';
import { FsError } from '../vfs/types.ts';
import { strerror } from './messages.ts';
import { declare, local, unsetElement } from './builtins-declare.ts';
import { printf, read } from './builtins-read.ts';
import { umask } from './builtin-umask.ts';
import { describe, typeBuiltin, type HasBuiltin } from './builtin-type.ts';
import { evaluateArith } from './arith.ts';
import type { Dialect } from './messages.ts';

/** A builtin: gets the shell's state, argv and streams, returns the status. */
export type Builtin = (sh: ShellState, argv: string[], io: ExecIo) => number | Promise<number>;

function tildeHome(sh: ShellState, p: string): string {
  const home = sh.env.get('HOME');
  if (home && (p === home || p.startsWith(home + '/'))) return '~' + p.slice(home.length);
  return p;
}

const cd: Builtin = (sh, argv, io) => {
  const args = argv.slice(1).filter((a, k) => !(k === 0 && (a === '-L' || a === '-P') && argv.length > 2));
  if (args.length > 1 && sh.dialect === 'bash') {
    io.stderr.write(`${sh.builtinPrefix('cd')}too many arguments\n`);
    return 1;
  }
  let target: string | undefined = args[0];
  let print = false;
  if (target === undefined) {
    target = sh.env.get('HOME');
    if (target === undefined) {
      if (sh.dialect === 'ash') return 0;
      io.stderr.write(`${sh.builtinPrefix('cd')}HOME not set\n`);
      return 1;
    }
    if (target === '') return 0;
  } else if (target === '-') {
    const old = sh.env.get('OLDPWD');
    if (old === undefined) {
      if (sh.dialect === 'ash') {
        io.stdout.write(sh.cwd + '\n');
        return 0;
      }
      io.stderr.write(`${sh.builtinPrefix('cd')}OLDPWD not set\n`);
      return 1;
    }
    target = old;
    print = true;
  }
  const p = resolve(sh.cwd, target);
  let err: string | null = null;
  try {
    if (sh.fs.stat(p).type !== 'dir') err = 'ENOTDIR';
  } catch (e) {
    err = e instanceof FsError ? e.code : 'ENOENT';
  }
  if (err) {
    io.stderr.write(sh.dialect === 'bash' ? `${sh.builtinPrefix('cd')}${target}: ${strerror(err)}\n` : `${sh.builtinPrefix('cd')}can't cd to ${target}${sh.dialect === 'dash' ? '' : `: ${strerror(err)}`}\n`);
    return sh.dialect === 'bash' ? 1 : 2;
  }
  sh.setVar('OLDPWD', sh.cwd, sh.exported.has('OLDPWD') || sh.dialect === 'bash');
  sh.cwd = p;
  sh.setVar('PWD', p, true);
  if (print) io.stdout.write(p + '\n');
  return 0;
};

const exit: Builtin = (sh, argv, io) => {
  if (sh.interactive && sh.dialect === 'bash') io.stderr.write('exit\n');
  const a = argv[1];
  if (a === undefined) throw new ExitSignal(sh.lastExitCode);
  if (!/^[-+]?\d+$/.test(a)) {
    io.stderr.write(sh.dialect === 'bash' ? `${sh.builtinPrefix('exit')}${a}: numeric argument required\n` : `${sh.builtinPrefix('exit')}Illegal number: ${a}\n`);
    throw new ExitSignal(2);
  }
  if (argv.length > 2 && sh.dialect === 'bash') {
    io.stderr.write(`${sh.builtinPrefix('exit')}too many arguments\n`);
    return 1;
  }
  throw new ExitSignal(((Number(a) % 256) + 256) % 256);
};

function quoteValue(v: string): string {
  return '"' + v.replace(/(["\\$`])/g, '\\$1') + '"';
}

const exportB: Builtin = (sh, argv, io) => {
  const args = argv.slice(1).filter((a) => a !== '-n');
  if (args.length === 0 || (args.length === 1 && args[0] === '-p')) {
    for (const k of [...sh.exported].sort()) {
      const v = sh.env.get(k);
      if (sh.dialect === 'bash') io.stdout.write(v === undefined ? `declare -x ${k}\n` : `declare -x ${k}=${quoteValue(v)}\n`);
      else io.stdout.write(v === undefined ? `export ${k}\n` : `export ${k}='${v.replace(/'/g, "'\"'\"'")}'\n`);
    }
    return 0;
  }
  let code = 0;
  for (const a of args) {
    const eq = a.indexOf('=');
    const name = eq < 0 ? a : a.slice(0, eq);
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) {
      io.stderr.write(sh.dialect === 'bash' ? `${sh.builtinPrefix('export')}\`${a}': not a valid identifier\n` : `${sh.builtinPrefix('export')}bad variable name\n`);
      code = 1;
      continue;
    }
    if (eq >= 0) sh.env.set(name, a.slice(eq + 1));
    sh.exported.add(name);
  }
  return code;
};

const unset: Builtin = (sh, argv, io) => {
  let code = 0;
  for (const a of argv.slice(1)) {
    if (a === '-v') continue;
    if (a === '-f') continue;
    if (argv[1] === '-f') sh.functions.delete(a);
    else if (unsetElement(sh, a, (sub) => evaluateArith(sub, { get: (k) => sh.getVar(k), set: (k, v) => sh.setVar(k, v) }))) continue;
    else if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(a)) {
      io.stderr.write(sh.dialect === 'bash' ? `${sh.builtinPrefix('unset')}\`${a}': not a valid identifier\n` : `${sh.builtinPrefix('unset')}${a}: bad variable name\n`);
      if (sh.dialect !== 'bash') return 2;
      code = 1;
    } else sh.unsetVar(a);
  }
  return code;
};

const set: Builtin = (sh, argv, io) => {
  if (argv.length === 1) {
    for (const k of [...sh.env.keys()].sort()) io.stdout.write(`${k}=${shellQuote(sh.env.get(k)!)}\n`);
    return 0;
  }
  const opts = readOptions(sh.dialect, argv, 1);
  for (const change of opts.changes) {
    if (change.kind === 'set') applyOption(sh, change.name, change.on);
    else if (change.kind === 'list') io.stdout.write(listOptions(sh.dialect, sh, !change.on));
    else if (change.kind === 'bad-name') {
      if (sh.dialect === 'bash') {
        io.stderr.write(`${sh.builtinPrefix('set')}${change.name}: invalid option name\n`);
        return 2;
      }
      // busybox names the sign as given and goes on; dash says -o whatever the sign and, as for any bad
      // option to a special builtin, ends a non-interactive shell (dash has no pipefail to set).
      if (sh.dialect === 'ash') {
        io.stderr.write(`${sh.builtinPrefix('set')}illegal option ${change.on ? '-' : '+'}o ${change.name}\n`);
        return 1;
      }
      io.stderr.write(`${sh.builtinPrefix('set')}Illegal option -o ${change.name}\n`);
      if (!sh.interactive) throw new ExitSignal(2);
      return 2;
    } else {
      if (sh.dialect === 'bash') {
        io.stderr.write(`${sh.builtinPrefix('set')}${change.on ? '-' : '+'}${change.letter}: invalid option\nset: usage: set [-abefhkmnptuvxBCEHPT] [-o option-name] [--] [-] [arg ...]\n`);
        return 2;
      }
      // busybox and dash: a bad option to a special builtin ends a non-interactive shell.
      io.stderr.write(sh.dialect === 'dash' ? `${sh.builtinPrefix('set')}Illegal option -${change.letter}\n` : `${sh.builtinPrefix('set')}illegal option ${change.on ? '-' : '+'}${change.letter}\n`);
      if (!sh.interactive) throw new ExitSignal(2);
      return 2;
    }
  }
  if (opts.endMarker || opts.next < argv.length) sh.args = argv.slice(opts.next);
  return 0;
};

/** Quotes a value so the shell reads it back unchanged (for `set` listings). */
export function shellQuote(v: string): string {
  return /^[A-Za-z0-9_@%+=:,./-]+$/.test(v) ? v : `'${v.replace(/'/g, `'\\''`)}'`;
}

const hasBuiltin: HasBuiltin = (dialect, name) => builtinOf(dialect, name) !== undefined;

const command: Builtin = async (sh, argv, io) => {
  if (argv[1] === '-v' || argv[1] === '-V') {
    let code = 0;
    for (const n of argv.slice(2)) {
      const d = describe(sh, n, argv[1] === '-v' ? 'v' : 'type', hasBuiltin);
      if (d) io.stdout.write(d + '\n');
      else code = 1;
    }
    return code;
  }
  const rest = argv.slice(1);
  if (rest.length === 0) return 0;
  const b = builtinOf(sh.dialect, rest[0]);
  if (b) return b(sh, rest, io);
  return sh.invoke(rest, new Map(), io);
};

function loopControl(kind: 'break' | 'continue'): Builtin {
  return (sh, argv) => {
    const n = argv[1] === undefined ? 1 : Number(argv[1]);
    throw new LoopSignal(kind, Number.isInteger(n) && n > 0 ? n : 1);
  };
}

const shift: Builtin = (sh, argv, io) => {
  const n = argv[1] === undefined ? 1 : Number(argv[1]);
  if (!Number.isInteger(n) || n < 0 || n > sh.args.length) {
    if (sh.dialect === 'bash') {
      if (!Number.isInteger(n)) io.stderr.write(`${sh.builtinPrefix('shift')}${argv[1]}: numeric argument required\n`);
      return 1;
    }
    io.stderr.write(`${sh.builtinPrefix('shift')}Illegal number: ${argv[1] ?? n}\n`);
    return 2;
  }
  sh.args = sh.args.slice(n);
  return 0;
};

const evalB: Builtin = async (sh, argv, io) => {
  return sh.runSourced(argv.slice(1).join(' '), { kind: 'eval' }, io);
};

const source: Builtin = async (sh, argv, io) => {
  const file = argv[1];
  if (file === undefined) {
    io.stderr.write(`${sh.builtinPrefix(argv[0])}filename argument required\n`);
    return 2;
  }
  let text: string;
  try {
    text = sh.fs.readText(resolve(sh.cwd, file));
  } catch (e) {
    const code = e instanceof FsError ? e.code : 'ENOENT';
    if (sh.dialect === 'dash') io.stderr.write(`${sh.builtinPrefix(argv[0])}cannot open ${file}: ${code === 'ENOENT' ? 'No such file' : strerror(code)}\n`);
    else io.stderr.write(sh.dialect === 'bash' ? `${sh.errPrefix()}${file}: ${strerror(code)}\n` : `${sh.name}: ${argv[0]}: line ${0}: can't open '${file}': ${strerror(code)}\n`);
    return sh.dialect === 'bash' ? 1 : 2;
  }
  try {
    return await sh.runSourced(text, { kind: 'source', file }, io);
  } catch (e) {
    if (e instanceof ReturnSignal) return e.code;
    throw e;
  }
};

// exec CMD — the command replaces the shell: run it, then the shell ends with its status (entrypoint
// scripts end with `exec "$@"`). With no command (only redirections) it changes nothing here.
const execB: Builtin = async (sh, argv, io) => {
  const rest = argv.slice(1);
  if (rest[0] === '--') rest.shift();
  if (rest.length === 0) return 0;
  // exec replaces the shell with a program: a name with none says so as exec, not as a command line.
  if (!rest[0].includes('/') && sh.locate(rest[0]) === null && !['sh', 'bash'].includes(rest[0])) {
    io.stderr.write(`${sh.builtinPrefix('exec')}${rest[0]}: not found\n`);
    throw new ExitSignal(127);
  }
  // The process keeps its PID and takes the new command line (ps, docker top, /proc/1/cmdline show it).
  const self = sh.opts.process?.();
  if (self) self.argv = [...rest];
  sh.execing = true;
  try {
    throw new ExitSignal(await sh.invoke(rest, new Map(), io));
  } finally {
    sh.execing = false;
  }
};

// return [N]: a number is required (bash: status 2 and still returns; busybox: a fatal "Illegal number").
const returnB: Builtin = (sh, argv, io) => {
  const a = argv[1];
  if (a === undefined) throw new ReturnSignal(sh.lastExitCode);
  if (!/^\s*[-+]?\d+\s*$/.test(a)) {
    if (sh.dialect === 'ash') {
      io.stderr.write(`${sh.builtinPrefix('return')}Illegal number: ${a}\n`);
      throw new ExitSignal(2);
    }
    io.stderr.write(`${sh.builtinPrefix('return')}${a}: numeric argument required\n`);
    throw new ReturnSignal(2);
  }
  throw new ReturnSignal(((Number(a) % 256) + 256) % 256);
};

// The job builtins and kill load with their module on first use (the worker's first chunk stays small;
// it is preloaded while the learner reads). A bare `wait` with no job has nothing to wait for: it
// answers at once, as a shell does, without that module.
function jobBuiltin(name: 'wait' | 'jobs' | 'fg' | 'bg' | 'kill'): Builtin {
  return async (sh, argv, io) => {
    if (name === 'wait' && argv.length === 1 && sh.jobs.all().length === 0) return 0;
    return (await sh.jobBuiltins())[name](sh, argv, io);
  };
}

/** The builtins by name. */
export const BUILTINS = new Map<string, Builtin>([
  ['exec', execB],
  ['umask', umask],
  // Signals never reach a simulated shell, so a trap has nothing to fire on; accept it silently.
  ['trap', () => 0],
  ['wait', jobBuiltin('wait')],
  ['jobs', jobBuiltin('jobs')],
  ['fg', jobBuiltin('fg')],
  ['bg', jobBuiltin('bg')],
  ['kill', jobBuiltin('kill')],
  ['cd', cd],
  ['pwd', (sh, _a, io) => (io.stdout.write(sh.cwd + '\n'), 0)],
  ['echo', (sh, argv, io) => (io.stdout.write(sh.dialect === 'dash' ? dashEchoText(argv.slice(1)) : echoText(argv.slice(1))), 0)],
  ['exit', exit],
  ['export', exportB],
  ['unset', unset],
  ['set', set],
  ['true', () => 0],
  [':', () => 0],
  ['false', () => 1],
  ['type', typeBuiltin(hasBuiltin)],
  ['command', command],
  ['return', returnB],
  ['break', loopControl('break')],
  ['continue', loopControl('continue')],
  ['shift', shift],
  ['read', read],
  ['eval', evalB],
  ['.', source],
  ['source', source],
  ['local', local],
  ['declare', declare],
  ['typeset', declare],
  ['printf', printf],
  // busybox's `[[` is `test` ending in `]]` (bash parses `[[ … ]]` itself; dash has none).
  ['[[', (sh, argv, io) => {
    if (argv[argv.length - 1] !== ']]') {
      io.stderr.write(`${sh.builtinPrefix('[[')}missing ]]\n`);
      return 2;
    }
    const args = argv.slice(1, -1).map((a) => (a === '&&' ? '-a' : a === '||' ? '-o' : a));
    return runTest(args, { fs: sh.fs, cwd: sh.cwd, stderr: io.stderr, name: '[[', prefix: `${sh.name}: `, dialect: sh.dialect, doubleBracket: true });
  }],
  ['test', (sh, argv, io) => runTest(argv.slice(1), { fs: sh.fs, cwd: sh.cwd, stderr: io.stderr, name: argv[0], prefix: sh.builtinPrefix(argv[0]), dialect: sh.dialect })],
  ['[', (sh, argv, io) => {
    if (argv[argv.length - 1] !== ']') {
      io.stderr.write(`${sh.builtinPrefix('[')}missing \`]'\n`);
      return 2;
    }
    return runTest(argv.slice(1, -1), { fs: sh.fs, cwd: sh.cwd, stderr: io.stderr, name: '[', prefix: sh.builtinPrefix('['), dialect: sh.dialect });
  }],
]);

/** Builtins a shell does not have: declare is bash's; dash has no `[[` and no `source`. */
const MISSING: Record<Dialect, Set<string>> = {
  bash: new Set(['[[']),
  ash: new Set(['declare', 'typeset']),
  dash: new Set(['declare', 'typeset', '[[', 'source']),
};

/** The builtin `name` is in this shell, if it has one. */
export function builtinOf(dialect: Dialect, name: string): Builtin | undefined {
  return MISSING[dialect].has(name) ? undefined : BUILTINS.get(name);
}

export { tildeHome };
