// uniq [-cdu] [INPUT [OUTPUT]]: collapses adjacent equal lines, with counts (-c), only repeated (-d) or unique (-u).
import type { Program } from '../../kernel/process.ts';
import { abs, errCode, parseFlags, progName, splitLines, type Flavour } from './util.ts';
import { strerror } from '../messages.ts';
import { decodeUtf8 } from '../../vfs/utf8.ts';

/** Makes `uniq`; `-c` counts are right-aligned in 7 columns, as both tools print them. */
export function makeUniq(flavour: Flavour): Program {
  return (ctx) => {
    const { flags, operands, bad } = parseFlags(ctx.argv.slice(1), 'cdui', ctx, flavour, flavour === 'gnu' ? ['count:c', 'repeated:d', 'all-repeated?:D', 'skip-fields=:f', 'group?', 'ignore-case:i', 'skip-chars=:s', 'unique:u', 'zero-terminated:z', 'check-chars=:w'] : []);
    if (bad) return 1;
    const name = progName(ctx, flavour);
    let text = ctx.stdin;
    const input = operands[0];
    if (input !== undefined && input !== '-') {
      try {
        text = decodeUtf8(ctx.fs.readFile(abs(ctx, input)));
      } catch (e) {
        const c = strerror(errCode(e));
        ctx.stderr.write(flavour === 'gnu' ? `${name}: ${input}: ${c}\n` : `${name}: can't open '${input}': ${c}\n`);
        return 1;
      }
    }
    const lines = splitLines(text);
    const same = (a: string, b: string) => (flags.has('i') ? a.toLowerCase() === b.toLowerCase() : a === b);
    let out = '';
    for (let k = 0; k < lines.length; ) {
      let n = 1;
      while (k + n < lines.length && same(lines[k], lines[k + n])) n++;
      const show = flags.has('d') ? n > 1 && !flags.has('u') : flags.has('u') ? n === 1 : true;
      if (show) out += (flags.has('c') ? `${String(n).padStart(7)} ` : '') + lines[k] + '\n';
      k += n;
    }
    if (operands[1] !== undefined) ctx.fs.writeFile(abs(ctx, operands[1]), out);
    else ctx.stdout.write(out);
    return 0;
  };
}
