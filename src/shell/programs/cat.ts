// cat: concatenates files (or stdin, or `-`) to stdout.
import type { Program } from '../../kernel/process.ts';
import { abs, errCode, parseFlags, type Flavour } from './util.ts';
import { strerror } from '../messages.ts';
import { decodeUtf8 } from '../../vfs/utf8.ts';

/** Makes `cat` (GNU or busybox messages); supports -n. */
export function makeCat(flavour: Flavour): Program {
  return (ctx) => {
    const { flags, operands, bad } = parseFlags(ctx.argv.slice(1), 'nuA', ctx, flavour);
    if (bad) return 1;
    let code = 0;
    let out = '';
    for (const f of operands.length ? operands : ['-']) {
      if (f === '-') {
        out += ctx.stdin;
        continue;
      }
      try {
        out += decodeUtf8(ctx.fs.readFile(abs(ctx, f)));
      } catch (e) {
        const c = errCode(e);
        ctx.stdout.write(number(out, flags.has('n')));
        out = '';
        ctx.stderr.write(flavour === 'gnu' || c === 'EISDIR' ? `cat: ${f}: ${strerror(c)}\n` : `cat: can't open '${f}': ${strerror(c)}\n`);
        code = 1;
      }
    }
    ctx.stdout.write(number(out, flags.has('n')));
    return code;
  };
}

function number(text: string, on: boolean): string {
  if (!on || text === '') return text;
  const lines = text.split('\n');
  const last = lines.pop();
  let out = lines.map((l, k) => `${String(k + 1).padStart(6)}\t${l}\n`).join('');
  if (last) out += `${String(lines.length + 1).padStart(6)}\t${last}`;
  return out;
}
