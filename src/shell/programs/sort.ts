// sort [-rnughMVfbsc] [-t SEP] [-k F[,G][opts]] [-o FILE] [FILE]…: byte-order (C locale) line sorting with keys.
import type { Program } from '../../kernel/process.ts';
import { progName, quote, readInputs, refusedLetter, splitLines, type Flavour } from './util.ts';
import { strerror } from '../messages.ts';
import { compareBy, orderingOf, type Ordering } from './sort-compare.ts';

interface Key {
  start: number;
  end?: number;
  /** The key's own ordering letters (`-k2,2nr`); none means the command's. */
  ordering?: Ordering;
}

function field(line: string, k: Key, sep: string | undefined): string {
  let parts: string[];
  if (sep !== undefined) parts = line.split(sep);
  else parts = line.match(/\s*\S+/g) ?? [];
  const from = k.start - 1;
  const to = k.end ?? parts.length;
  return parts.slice(from, to).join(sep ?? '');
}

const bytes = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

// GNU's long options and the short letter each stands for.
const LONG: Record<string, string> = {
  reverse: 'r', 'numeric-sort': 'n', 'general-numeric-sort': 'g', 'human-numeric-sort': 'h', 'month-sort': 'M', 'version-sort': 'V',
  'ignore-case': 'f', 'ignore-leading-blanks': 'b', unique: 'u', stable: 's', check: 'c', 'field-separator': 't', key: 'k', output: 'o',
};
const SORT_WORDS: Record<string, string> = { numeric: 'n', 'general-numeric': 'g', 'human-numeric': 'h', month: 'M', version: 'V' };

/** Makes `sort`; with -u, lines whose keys compare equal keep only the first; -c/-C only check the order. */
export function makeSort(flavour: Flavour): Program {
  return (ctx) => {
    const name = progName(ctx, flavour);
    const args = ctx.argv.slice(1);
    const flags = new Set<string>();
    const keys: Key[] = [];
    let sep: string | undefined;
    let output: string | undefined;
    const files: string[] = [];
    const bad = (c: string) => {
      if (refusedLetter(ctx, flavour, c)) return 2;
      ctx.stderr.write(flavour === 'gnu' ? `${name}: invalid option -- '${c}'\nTry '${name} --help' for more information.\n` : `${name}: unrecognized option: ${c}\n`);
      return 2;
    };
    // Applies one option letter with its value (for -k, -t, -o); returns an exit code on error.
    const apply = (c: string, v: string | undefined): number | undefined => {
      if (c === 't') sep = v;
      else if (c === 'o') output = v;
      else if (c === 'k') {
        const m = /^(\d+)(?:\.\d+)?([a-zA-Z]*)(?:,(\d+)(?:\.\d+)?([a-zA-Z]*))?$/.exec(v ?? '');
        if (!m || m[1] === '0') {
          ctx.stderr.write(flavour === 'gnu' ? `${name}: invalid number at field start: invalid count at start of ${quote(ctx, v ?? '')}\n` : `${name}: bad field specification\n`);
          return 2;
        }
        const letters = (m[2] ?? '') + (m[4] ?? '');
        keys.push({ start: Number(m[1]), end: m[3] ? Number(m[3]) : undefined, ordering: /[nghMVfbr]/.test(letters) ? orderingOf(letters) : undefined });
      } else flags.add(c);
      return undefined;
    };
    for (let i = 0; i < args.length; i++) {
      const a = args[i];
      if (!a.startsWith('-') || a === '-') {
        files.push(a);
        continue;
      }
      if (a === '--') {
        files.push(...args.slice(i + 1));
        break;
      }
      if (a.startsWith('--') && flavour === 'gnu') {
        const [long, value] = a.slice(2).split(/=(.*)/s);
        if (long === 'check' && value !== undefined) {
          flags.add(value === 'quiet' || value === 'silent' ? 'C' : 'c');
          continue;
        }
        if (long === 'sort' && value !== undefined && SORT_WORDS[value]) {
          flags.add(SORT_WORDS[value]);
          continue;
        }
        const c = LONG[long];
        if (!c) {
          ctx.stderr.write(`${name}: unrecognized option '${a}'\nTry '${name} --help' for more information.\n`);
          return 2;
        }
        const v = 'kto'.includes(c) ? (value ?? args[++i]) : undefined;
        const code = apply(c, v);
        if (code !== undefined) return code;
        continue;
      }
      for (let j = 1; j < a.length; j++) {
        const c = a[j];
        if (c === 'k' || c === 't' || c === 'o') {
          const v = a.slice(j + 1) || args[++i];
          if (v === undefined) {
            ctx.stderr.write(flavour === 'gnu' ? `${name}: option requires an argument -- '${c}'\nTry '${name} --help' for more information.\n` : `${name}: option requires an argument: ${c}\n`);
            return 2;
          }
          const code = apply(c, v);
          if (code !== undefined) return code;
          break;
        }
        if (!'rnufbsVghMcCdi'.includes(c) || (flavour === 'busybox' && c === 'C')) return bad(c);
        apply(c, undefined);
      }
    }
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
    const lines = inputs.flatMap((t) => splitLines(t.text));
    const global = orderingOf([...flags].join(''));
    const cmpKey = (a: string, b: string): number => {
      if (keys.length === 0) return global.reverse ? -compareBy(global, a, b) : compareBy(global, a, b);
      for (const k of keys) {
        const o = k.ordering ?? global;
        const c = compareBy(o, field(a, k, sep), field(b, k, sep));
        if (c) return o.reverse ? -c : c;
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
          ctx.stderr.write(flavour === 'gnu' ? `${name}: ${files[0] ?? '-'}:${k + 1}: disorder: ${lines[k]}\n` : `Check line ${k}\n`);
          return 1;
        }
      }
      return 0;
    }
    const sorted = lines.slice().sort(compare);
    const out = unique ? sorted.filter((l, k) => k === 0 || cmpKey(sorted[k - 1], l) !== 0) : sorted;
    const text = out.map((l) => l + '\n').join('');
    if (output !== undefined) ctx.fs.writeFile(output.startsWith('/') ? output : `${ctx.cwd}/${output}`, text);
    else ctx.stdout.write(text);
    return 0;
  };
}
