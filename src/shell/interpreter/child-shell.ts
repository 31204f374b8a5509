// `sh -c '…'`, `sh -eux script.sh`, `./script.sh`: a child shell over the same filesystem, with the
// parent's exported variables, its own options, and the parent's step budget.
import { resolve } from '../../vfs/path.ts';
import { FsError } from '../../vfs/types.ts';
import type { ExecIo } from '../io.ts';
import { strerror } from '../messages.ts';
import { applyOption, BASH_LONG, readOptions } from '../options.ts';
import type { Interp } from './types.ts';

/** Runs argv (`sh [options] [-c script [name [args…]] | file [args…]]`) in a child shell; returns its status. */
export async function runChildShell(it: Interp, argv: string[], assigns: Map<string, string>, io: ExecIo, scriptName?: string): Promise<number> {
  const prog = argv[0];
  const child = it.spawn({ ...it.opts, env: it.exportedEnv(assigns), cwd: it.cwd, name: prog.replace(/^.*\//, '') });
  const c = child.state;
  const opts = readOptions(it.dialect, argv, 1, 'csil');
  for (const change of opts.changes) {
    if (change.kind === 'set') applyOption(c, change.name, change.on);
    else if (change.kind === 'bad-letter' || change.kind === 'bad-name') {
      io.stderr.write(invocationError(it, prog, change.kind === 'bad-letter' ? `-${change.letter}` : change.name, change.kind === 'bad-name'));
      return 2;
    }
  }
  const k = opts.next;
  let script: string;
  if (opts.letters.includes('c')) {
    if (argv[k] === undefined) {
      io.stderr.write(it.dialect === 'bash' ? `${prog}: -c: option requires an argument\n` : `${prog}: -c requires an argument\n`);
      return 2;
    }
    script = argv[k];
    c.commandMode = true;
    c.name = argv[k + 1] ?? c.name;
    c.args = argv.slice(k + 2);
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
    if (script.startsWith('#!')) script = script.slice(script.indexOf('\n') + 1 || script.length);
    c.name = scriptName ?? file;
    c.args = argv.slice(k + 1);
  }
  c.steps = it.steps;
  c.nesting = it.nesting + 1;
  const r = await child.run(script, io, io.tty, true);
  it.steps = c.steps;
  return r.exitCode;
}

// bash: `bash: -q: invalid option` and its usage; busybox: `sh: illegal option -q`.
function invocationError(it: Interp, prog: string, what: string, isName: boolean): string {
  const name = prog.replace(/^.*\//, '');
  if (it.dialect === 'ash') return `${name}: illegal option ${isName ? `-o ${what}` : what}\n`;
  if (isName) return `${name}: ${name}: ${what}: invalid option name\n`;
  return `${name}: ${what}: invalid option\nUsage:\t${name} [GNU long option] [option] ...\n\t${name} [GNU long option] [option] script-file ...\nGNU long options:\n${BASH_LONG.map((o) => `\t--${o}\n`).join('')}Shell options:\n\t-ilrsD or -c command or -O shopt_option\t\t(invocation only)\n\t-abefhkmnptuvxBCEHPT or -o option\n`;
}

