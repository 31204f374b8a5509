// which [-a] NAME…: where a command lives along $PATH.
import type { Program, ProgramContext } from '../../kernel/process.ts';
import type { ProgramTable } from './exec.ts';
import { ImagePrograms } from '../lookup.ts';
import { parseFlags, type Flavour } from './util.ts';

function executable(ctx: ProgramContext, p: string): boolean {
  try {
    const n = ctx.fs.stat(p);
    return n.type === 'file' && (n.mode & 0o111) !== 0;
  } catch {
    return false;
  }
}

/**
 * Makes `which`. The vfs PATH decides when it holds the program table's commands at all (Alpine images link
 * every applet under /bin, /sbin, /usr/bin…: `which ls` → /bin/ls, and a deleted link is not found). When no
 * PATH directory holds any table command (the host ships no binaries in its vfs), the table is the only
 * source and a table command is reported where the distribution installs it: /usr/bin (Debian's merged /usr)
 * for GNU, /bin for busybox.
 */
export function makeWhich(flavour: Flavour, table: ProgramTable): Program {
  return (ctx) => {
    // Debian's which is a sh script whose getopts knows only -a: `Illegal option -x` (`--` for `--long`), usage, 2.
    if (flavour === 'gnu') {
      for (const a of ctx.argv.slice(1)) {
        if (a === '--' || !a.startsWith('-') || a === '-') break;
        const c = [...a.slice(1)].find((ch) => ch !== 'a');
        if (c !== undefined) {
          // dash's getopts complains on stderr; the script's usage line goes to stdout.
          ctx.stderr.write(`Illegal option -${c}\n`);
          ctx.stdout.write('Usage: /usr/bin/which [-a] args\n');
          return 2;
        }
      }
    }
    const { flags, operands, bad } = parseFlags(ctx.argv.slice(1), 'as', ctx, flavour);
    if (bad) return 1;
    if (operands.length === 0) return 1;
    const dirs = (ctx.env.get('PATH') ?? '').split(':').filter(Boolean);
    const names = [...table().keys()];
    // A container's programs are their files (shell/lookup.ts); only the host answers from the table.
    const tableOnly = !(table() instanceof ImagePrograms) && !dirs.some((d) => names.some((n) => ctx.fs.lexists(`${d}/${n}`)));
    let code = 0;
    let out = '';
    for (const name of operands) {
      const found: string[] = [];
      if (name.includes('/')) {
        if (executable(ctx, name.startsWith('/') ? name : `${ctx.cwd}/${name}`)) found.push(name);
      } else {
        for (const d of dirs) {
          const p = `${d.replace(/\/+$/, '')}/${name}`;
          if (executable(ctx, p) && !found.includes(p)) found.push(p);
          if (found.length && !flags.has('a')) break;
        }
        if (found.length === 0 && tableOnly && table().has(name)) found.push(`${flavour === 'gnu' ? '/usr/bin' : '/bin'}/${name}`);
      }
      if (found.length === 0) code = 1;
      out += found.map((f) => f + '\n').join('');
    }
    ctx.stdout.write(out);
    return code;
  };
}
