// `sh -c '…'`, `sh -eux script.sh`, `./script.sh`: a child shell over the same filesystem, with the
// parent's exported variables, its own options, and the parent's step budget.
import { resolve } from '../../vfs/path.ts';
import { FsError } from '../../vfs/types.ts';
import type { ExecIo } from '../io.ts';
import { strerror } from '../messages.ts';
import { applyOption, BASH_LONG, readOptions } from '../options.ts';
import type { Dialect } from '../messages.ts';
import type { Interp } from './types.ts';
import { ownProcess } from './own-process.ts';
import type { ShellCredentials } from '../../kernel/process.ts';

/** Runs argv (`sh [options] [-c script [name [args…]] | file [args…]]`) in a child shell, as `as` says (su) or as the parent, with `sleep` for its waits where given; returns its status. */
export async function runChildShell(it: Interp, argv: string[], assigns: Map<string, string>, io: ExecIo, scriptName?: string, as?: ShellCredentials, sleep?: (ms: number) => Promise<void>): Promise<number> {
  const prog = argv[0];
  const opts = readOptions(it.dialect, argv, 1, 'csil');
  for (const change of opts.changes) {
    if (change.kind === 'bad-letter' || change.kind === 'bad-name') {
      io.stderr.write(invocationError(it, prog, change.kind === 'bad-letter' ? `-${change.letter}` : change.name, change.kind === 'bad-name'));
      return 2;
    }
  }
  const k = opts.next;
  let script: string;
  let name: string;
  let args: string[];
  let dialect = dialectOf(it, prog);
  const command = opts.letters.includes('c');
  if (command) {
    if (argv[k] === undefined) {
      io.stderr.write(it.dialect === 'bash' ? `${prog}: -c: option requires an argument\n` : `${prog}: -c requires an argument\n`);
      return 2;
    }
    script = argv[k];
    // `$0` is the shell as it was invoked (`/bin/sh: 1: x: not found` in a RUN step).
    name = argv[k + 1] ?? prog;
    args = argv.slice(k + 2);
  } else {
    const file = argv[k];
    if (file === undefined) return 0; // an interactive sub-shell would read the terminal; we have none
    try {
      script = it.fs.readText(resolve(it.cwd, file));
    } catch (e) {
      const code = e instanceof FsError ? e.code : 'EIO';
      io.stderr.write(it.dialect === 'bash' ? `${prog}: ${file}: ${strerror(code)}\n` : `${prog}: can't open '${file}': ${strerror(code)}\n`);
      return 127;
    }
    if (script.startsWith('#!')) {
      // `./x.sh` runs the interpreter its first line names (`#!/bin/sh` is dash on Debian, ash on Alpine).
      if (scriptName !== undefined) dialect = dialectOf(it, /^#!\s*(\S+)(?:\s+(\S+))?/.exec(script)?.slice(1).find((w) => !w.endsWith('/env') && !w.startsWith('-')) ?? prog);
      // The #! line stays: it is a comment to the shell, and line numbers count it.
    }
    name = scriptName ?? file;
    args = argv.slice(k + 1);
  }
  // A child shell inherits the umask, and its own `umask` stays its own.
  const fs = it.opts.fs.as(as ? as.identity : it.opts.fs.identity, it.fs.umask);
  const credentials = as ? { fs, env: as.env, cwd: as.cwd, user: as.user } : { fs, env: it.exportedEnv(assigns), cwd: it.cwd };
  // An exec'd script (the image's entrypoint) is its process: its own `exec "$@"` retitles it.
  const own = ownProcess(it);
  // A program that starts the shell may count its waits (timeout: `sleep` past the deadline is killed).
  const child = it.spawn({ ...it.opts, ...credentials, ...(sleep ? { sleep } : {}), execForm: false, process: own && (() => own), dialect, name: prog.replace(/^.*\//, '') });
  const c = child.state;
  for (const change of opts.changes) if (change.kind === 'set') applyOption(c, change.name, change.on);
  c.commandMode = command;
  c.name = name;
  c.args = args;
  c.steps = it.steps;
  c.budgetFrom = it.budgetFrom;
  c.nesting = it.nesting + 1;
  const r = await child.run(script, io, io.tty, true);
  it.steps = c.steps;
  it.budgetFrom = c.budgetFrom;
  return r.exitCode;
}

/** Which shell a program name starts: bash is bash, ash is busybox; `sh` and `dash` are this machine's /bin/sh. */
function dialectOf(it: Interp, prog: string): Dialect {
  const base = prog.replace(/^.*\//, '');
  if (base === 'bash') return 'bash';
  if (base === 'ash') return 'ash';
  if (base === 'sh' || base === 'dash') return it.opts.shDialect ?? it.dialect;
  return it.dialect;
}

// bash: `bash: -q: invalid option` and its usage; busybox: `sh: illegal option -q`.
function invocationError(it: Interp, prog: string, what: string, isName: boolean): string {
  const name = prog.replace(/^.*\//, '');
  if (it.dialect === 'ash') return `${name}: illegal option ${isName ? `-o ${what}` : what}\n`;
  if (isName) return `${name}: ${name}: ${what}: invalid option name\n`;
  return `${name}: ${what}: invalid option\nUsage:\t${name} [GNU long option] [option] ...\n\t${name} [GNU long option] [option] script-file ...\nGNU long options:\n${BASH_LONG.map((o) => `\t--${o}\n`).join('')}Shell options:\n\t-ilrsD or -c command or -O shopt_option\t\t(invocation only)\n\t-abefhkmnptuvxBCEHPT or -o option\n`;
}

