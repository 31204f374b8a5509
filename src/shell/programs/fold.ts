// fold [-bs] [-w WIDTH] [FILE]…: breaks lines longer than WIDTH (80) columns, at the last blank with -s.
// Columns count a tab to the next multiple of 8, a backspace back one and a carriage return to 0, or
// bytes alone with -b. GNU's fold counts bytes as characters; busybox counts UTF-8 characters where the
// locale says UTF-8.
import type { Program } from '../../kernel/process.ts';
import { strerror } from '../messages.ts';
import { decodeUtf8, encodeUtf8 } from '../../vfs/utf8.ts';
import { busyboxUsage, parseFlags, progName, quote, readInputs, type Flavour } from './util.ts';

/** GNU's fold_file over units (bytes as one-char strings, or characters). */
function foldUnits(units: string[], width: number, bytes: boolean, spaces: boolean): string[] {
  const out: string[] = [];
  const adjust = (column: number, c: string) => {
    if (bytes) return column + 1;
    if (c === '\b') return column > 0 ? column - 1 : 0;
    if (c === '\r') return 0;
    if (c === '\t') return column + 8 - (column % 8);
    return column + 1;
  };
  let line: string[] = [];
  let column = 0;
  for (const c of units) {
    if (c === '\n') {
      out.push(...line, '\n');
      line = [];
      column = 0;
      continue;
    }
    for (;;) {
      column = adjust(column, c);
      if (column <= width) break;
      if (spaces) {
        let end = line.length;
        let found = false;
        while (end > 0) {
          end--;
          if (line[end] === ' ' || line[end] === '\t') {
            found = true;
            break;
          }
        }
        if (found) {
          end++;
          out.push(...line.slice(0, end), '\n');
          line = line.slice(end);
          column = 0;
          for (const u of line) column = adjust(column, u);
          continue;
        }
      }
      if (line.length === 0) break;
      out.push(...line, '\n');
      line = [];
      column = 0;
    }
    line.push(c);
  }
  out.push(...line);
  return out;
}

/** Makes `fold`; status 1 when a FILE cannot be read. */
export function makeFold(flavour: Flavour): Program {
  return (ctx) => {
    const name = progName(ctx, flavour);
    const gnu = flavour === 'gnu';
    // Both take the obsolete -WIDTH (`fold -72`) as -w WIDTH.
    const args = ctx.argv.slice(1).map((a) => (/^-\d+$/.test(a) ? `-w${a.slice(1)}` : a));
    const { flags, operands, values, bad } = parseFlags(args, 'bsw:', ctx, flavour, gnu ? ['bytes:b', 'spaces:s', 'width=:w'] : []);
    if (bad) return gnu ? 1 : busyboxUsage(ctx, '[-bs] [-w WIDTH] [FILE]...');
    let width = 80;
    if (flags.has('w')) {
      const given = values.get(gnu ? 'width' : 'w')!;
      const ok = gnu ? /^\s*\+?\d+$/.test(given) : /^\d+$/.test(given);
      const n = ok ? Number(given) : NaN;
      if (Number.isNaN(n)) {
        ctx.stderr.write(gnu ? `${name}: invalid number of columns: ${quote(ctx, given)}\n` : `${name}: invalid number '${given}'\n`);
        return 1;
      }
      if (n < 1 || (!gnu && n > 10000)) {
        ctx.stderr.write(gnu ? `${name}: invalid number of columns: ${quote(ctx, given)}: Numerical result out of range\n` : `${name}: number ${given} is not in 1..10000 range\n`);
        return 1;
      }
      width = n;
    }
    const locale = ctx.env.get('LC_ALL') || ctx.env.get('LC_CTYPE') || ctx.env.get('LANG') || '';
    const chars = !gnu && /utf/i.test(locale);
    let code = 0;
    const inputs = readInputs(ctx, operands, (f, err) => {
      ctx.stderr.write(`${name}: ${f}: ${strerror(err)}\n`);
      code = 1;
    });
    for (const { text } of inputs) {
      if (chars) ctx.stdout.write(foldUnits([...text], width, flags.has('b'), flags.has('s')).join(''));
      else {
        const units = Array.from(encodeUtf8(text), (b) => String.fromCharCode(b));
        ctx.stdout.write(decodeUtf8(Uint8Array.from(foldUnits(units, width, flags.has('b'), flags.has('s')), (u) => u.charCodeAt(0))));
      }
    }
    return code;
  };
}
