// sort [-rnughMVfbsczmR] [-t SEP] [-k F[,G][opts]] [-o FILE] [-S SIZE] [-T DIR] [FILE]…: byte-order (C locale)
// line sorting with keys; -m merges inputs taken as sorted, -z reads and writes NUL-ended lines.
import type { Program } from '../../kernel/process.ts';
import { progName, quote, readInputs, type Flavour } from './util.ts';
import { strerror } from '../messages.ts';
import { compareBy } from './sort-compare.ts';
import { sortOptions, sortOrdering, type Key, type SortOrdering } from './sort-options.ts';
import { randomCompare, randomSalt } from './sort-random.ts';

function field(line: string, k: Key, sep: string | undefined): string {
  let parts: string[];
  if (sep !== undefined) parts = line.split(sep);
  else parts = line.match(/\s*\S+/g) ?? [];
  const from = k.start - 1;
  const to = k.end ?? parts.length;
  return parts.slice(from, to).join(sep ?? '');
}

const bytes = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** One input's lines: NUL-ended with -z, else newline-ended (busybox's line reader stops at a NUL as well). */
function linesOf(text: string, zero: boolean, flavour: Flavour): string[] {
  if (text === '') return [];
  const lines = text.split(zero ? '\0' : flavour === 'busybox' ? /[\n\0]/ : '\n');
  if (lines[lines.length - 1] === '') lines.pop();
  return lines;
}

/** sort -m: the inputs merged as they are (GNU does not check that they are sorted): the least head first, the earlier input's on a tie. */
function merge(inputs: string[][], compare: (a: string, b: string) => number): string[] {
  const at = inputs.map(() => 0);
  const out: string[] = [];
  for (;;) {
    let best = -1;
    for (let k = 0; k < inputs.length; k++) {
      if (at[k] < inputs[k].length && (best < 0 || compare(inputs[k][at[k]], inputs[best][at[best]]) < 0)) best = k;
    }
    if (best < 0) return out;
    out.push(inputs[best][at[best]++]);
  }
}

/** -u: each line whose keys differ from the last line kept (merged inputs need not be sorted). */
function firstOfRuns(lines: string[], cmpKey: (a: string, b: string) => number): string[] {
  const out: string[] = [];
  for (const l of lines) if (out.length === 0 || cmpKey(out[out.length - 1], l) !== 0) out.push(l);
  return out;
}

/** Makes `sort`; with -u, lines whose keys compare equal keep only the first; -c/-C only check the order. */
export function makeSort(flavour: Flavour): Program {
  return (ctx) => {
    const name = progName(ctx, flavour);
    const o = sortOptions(ctx, flavour);
    if (typeof o === 'number') return o;
    const { flags, keys, sep, output, files } = o;
    const check = flags.has('c') || flags.has('C');
    if (check && files.length > 1 && flavour === 'gnu') {
      ctx.stderr.write(`${name}: extra operand ${quote(ctx, files[1])} not allowed with -c\nTry '${name} --help' for more information.\n`);
      return 2;
    }
    let failed = false;
    const inputs = readInputs(ctx, files, (f, code) => {
      ctx.stderr.write(flavour === 'gnu' ? `${name}: cannot read: ${f}: ${strerror(code)}\n` : `${name}: ${f}: ${strerror(code)}\n`);
      failed = true;
    });
    if (failed) return 2;
    const zero = flags.has('z');
    const end = zero ? '\0' : '\n';
    const perInput = inputs.map((t) => linesOf(t.text, zero, flavour));
    const lines = perInput.flat();
    const global = sortOrdering([...flags].join(''));
    const random = randomCompare(randomSalt(ctx.fs.clock()));
    // -R hashes the key as the other orderings would compare it: past leading blanks (-b), case folded (-f).
    const by = (ord: SortOrdering, a: string, b: string): number => {
      if (!ord.random) return compareBy(ord, a, b);
      const as = (s: string) => {
        const t = ord.blanks ? s.trimStart() : s;
        return ord.fold ? t.toUpperCase() : t;
      };
      return random(as(a), as(b));
    };
    const cmpKey = (a: string, b: string): number => {
      if (keys.length === 0) return global.reverse ? -by(global, a, b) : by(global, a, b);
      for (const k of keys) {
        const ord = k.ordering ?? global;
        const c = by(ord, field(a, k, sep), field(b, k, sep));
        if (c) return ord.reverse ? -c : c;
      }
      return 0;
    };
    const unique = flags.has('u');
    // The last resort compares whole lines byte by byte (not with -u or -s), in the command's direction.
    const lastResort = (a: string, b: string) => (unique || flags.has('s') ? 0 : global.reverse ? -bytes(a, b) : bytes(a, b));
    const compare = (a: string, b: string) => cmpKey(a, b) || lastResort(a, b);
    if (check) {
      for (let k = 1; k < lines.length; k++) {
        const c = compare(lines[k - 1], lines[k]);
        if (c > 0 || (unique && c === 0)) {
          if (flags.has('C')) return 1;
          // GNU ends the line it quotes as it ends lines: with NUL under -z.
          ctx.stderr.write(flavour === 'gnu' ? `${name}: ${files[0] ?? '-'}:${k + 1}: disorder: ${lines[k]}${end}` : `Check line ${k}\n`);
          return 1;
        }
      }
      return 0;
    }
    // busybox takes -m and sorts anyway.
    const ordered = flags.has('m') && flavour === 'gnu' ? merge(perInput, compare) : lines.sort(compare);
    const text = (unique ? firstOfRuns(ordered, cmpKey) : ordered).map((l) => l + end).join('');
    if (output !== undefined) ctx.fs.writeFile(output.startsWith('/') ? output : `${ctx.cwd}/${output}`, text);
    else ctx.stdout.write(text);
    return 0;
  };
}
