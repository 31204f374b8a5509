// mktemp [-d] [-p DIR] [-t] [TEMPLATE]: creates a uniquely named file (0600) or directory (0700) and prints its path.
import type { Program, ProgramContext } from '../../kernel/process.ts';
import { abs, errCode, parseFlags, progName, quote, type Flavour } from './util.ts';
import { strerror } from '../messages.ts';
import { currentAccount } from './users.ts';

const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
let counter = 0;

/** Fills the template's trailing X's from a generator seeded by the session clock (reproducible in tests). */
function fill(ctx: ProgramContext, template: string, xs: number, attempt: number): string {
  let seed = (ctx.fs.clock() ^ (++counter * 2654435761) ^ (attempt * 40503)) >>> 0;
  let tail = '';
  for (let k = 0; k < xs; k++) {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    tail += LETTERS[(seed >>> 16) % LETTERS.length];
  }
  return template.slice(0, template.length - xs) + tail;
}

/** Makes `mktemp` (GNU: 10 X's by default and at least 3; busybox/musl: exactly 6 trailing X's). */
export function makeMktemp(flavour: Flavour): Program {
  return (ctx) => {
    const args = ctx.argv.slice(1);
    let dirOpt: string | undefined;
    const rest: string[] = [];
    for (let i = 0; i < args.length; i++) {
      if (args[i] === '-p') dirOpt = args[++i] ?? '';
      else if (args[i].startsWith('-p') && args[i].length > 2 && !args[i].startsWith('--')) dirOpt = args[i].slice(2);
      else rest.push(args[i]);
    }
    const { flags, operands, bad } = parseFlags(rest, 'dqtu', ctx, flavour, flavour === 'gnu' ? ['directory:d', 'dry-run:u', 'quiet:q', 'suffix=', 'tmpdir?:p'] : [], 'qu');
    if (bad) return 1;
    const name = progName(ctx, flavour);
    const template = operands[0] ?? (flavour === 'gnu' ? 'tmp.XXXXXXXXXX' : 'tmp.XXXXXX');
    const xs = /X*$/.exec(template)![0].length;
    if (flavour === 'gnu' ? xs < 3 : xs < 6) {
      ctx.stderr.write(flavour === 'gnu' ? `${name}: too few X's in template ${quote(ctx, template)}\n` : `${name}: (null): Invalid argument\n`);
      return 1;
    }
    const inTmp = operands.length === 0 || flags.has('t') || dirOpt !== undefined;
    const dir = dirOpt || ctx.env.get('TMPDIR') || '/tmp';
    const base = inTmp ? `${dir.replace(/\/+$/, '')}/${template}` : template;
    const me = currentAccount(ctx);
    for (let attempt = 0; attempt < 100; attempt++) {
      const path = fill(ctx, base, xs, attempt);
      const p = abs(ctx, path);
      if (ctx.fs.lexists(p)) continue;
      try {
        if (flags.has('d')) ctx.fs.mkdir(p, { mode: 0o700, uid: me.uid, gid: me.gid });
        else ctx.fs.writeFile(p, '', { mode: 0o600, uid: me.uid, gid: me.gid });
      } catch (e) {
        const c = strerror(errCode(e));
        if (flavour === 'busybox') ctx.stderr.write(`${name}: (null): ${c}\n`);
        else ctx.stderr.write(`${name}: failed to create ${flags.has('d') ? 'directory' : 'file'} via template ${quote(ctx, base)}: ${c}\n`);
        return 1;
      }
      ctx.stdout.write(path + '\n');
      return 0;
    }
    return 1;
  };
}
