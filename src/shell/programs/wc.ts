// wc [-lwcmL] [FILE]…: line, word, character and byte counts and the longest line, with a total for several files.
import type { Program } from '../../kernel/process.ts';
import { abs, errCode, parseFlags, progName, type Flavour } from './util.ts';
import { strerror } from '../messages.ts';
import { decodeUtf8, encodeUtf8 as encode } from '../../vfs/utf8.ts';

type Counts = [number, number, number, number, number]; // lines, words, chars, bytes, longest line

// The ASCII white space that separates words (space, \t, \n, \v, \f, \r).
const SPACE = new Uint8Array(256);
for (const b of [32, 9, 10, 11, 12, 13]) SPACE[b] = 1;

// One pass over the bytes for lines and words; characters are decoded only when asked for (-m), since a
// million-line pipe into `wc -l` should cost a loop, not a string per character.
// -L: the widest line on a terminal, tabs reaching the next multiple of 8.
function longest(bytes: Uint8Array): number {
  let max = 0;
  for (const line of decodeUtf8(bytes).split('\n')) {
    let col = 0;
    for (const ch of line) col = ch === '\t' ? (col | 7) + 1 : ch === '\r' ? col : col + 1;
    max = Math.max(max, col);
  }
  return max;
}

function count(bytes: Uint8Array, chars: boolean, widest = false): Counts {
  let lines = 0;
  let words = 0;
  let inWord = false;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    if (b === 10) lines++;
    if (SPACE[b]) inWord = false;
    else if (!inWord) {
      inWord = true;
      words++;
    }
  }
  return [lines, words, chars ? [...decodeUtf8(bytes)].length : 0, bytes.length, widest ? longest(bytes) : 0];
}

/**
 * Makes `wc`. Column widths: busybox pads every number to 9 unless one column is printed for one operand;
 * GNU pads to the digits of the total size of the regular files read, 7 when reading stdin or a directory
 * (we cannot tell a redirected file from a pipe on stdin, so stdin always counts as a pipe), and 1 for
 * a single column of a single input.
 */
export function makeWc(flavour: Flavour): Program {
  return (ctx) => {
    const { flags, operands, bad } = parseFlags(ctx.argv.slice(1), 'lwcmL', ctx, flavour, flavour === 'gnu' ? ['bytes:c', 'chars:m', 'lines:l', 'files0-from=', 'max-line-length:L', 'words:w'] : []);
    if (bad) return 1;
    const name = progName(ctx, flavour);
    let which = [flags.has('l'), flags.has('w'), flags.has('m'), flags.has('c'), flags.has('L')];
    if (!which.some(Boolean)) which = [true, true, false, true, false];
    const files = operands.length ? operands : ['-'];
    const rows: { label: string; counts: Counts }[] = [];
    let code = 0;
    let sizes = 0;
    let pipeLike = false;
    for (const f of files) {
      if (f === '-') {
        pipeLike = true;
        rows.push({ label: operands.length ? '-' : '', counts: count(encode(ctx.stdin), which[2], which[4]) });
        continue;
      }
      try {
        const p = abs(ctx, f);
        if (ctx.fs.stat(p).type === 'dir') {
          pipeLike = true;
          ctx.stderr.write(`${name}: ${f}: Is a directory\n`);
          rows.push({ label: f, counts: [0, 0, 0, 0, 0] });
          code = 1;
          continue;
        }
        const data = ctx.fs.readFile(p);
        sizes += data.length;
        rows.push({ label: f, counts: count(data, which[2], which[4]) });
      } catch (e) {
        ctx.stderr.write(`${name}: ${f}: ${strerror(errCode(e))}\n`);
        code = 1;
      }
    }
    if (files.length > 1) {
      const total: Counts = [0, 0, 0, 0, 0];
      for (const r of rows) r.counts.forEach((v, k) => (total[k] = k === 4 ? Math.max(total[k], v) : total[k] + v));
      rows.push({ label: 'total', counts: total });
    }
    const columns = which.filter(Boolean).length;
    let width: number;
    if (flavour === 'busybox') width = columns === 1 && files.length === 1 ? 0 : 9;
    else if (columns === 1 && files.length === 1) width = 1;
    else width = pipeLike ? 7 : String(sizes).length;
    for (const r of rows) {
      const cells = r.counts.filter((_v, k) => which[k]).map((v) => String(v).padStart(width));
      ctx.stdout.write(cells.join(' ') + (r.label ? ' ' + r.label : '') + '\n');
    }
    return code;
  };
}

