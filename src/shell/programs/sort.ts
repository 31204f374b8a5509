// sort [-rnuf] [-t SEP] [-k F[,G][n]] [FILE]…: byte-order (C locale) line sorting with simple keys.
import type { Program } from '../../kernel/process.ts';
import { progName, quote, readInputs, splitLines, type Flavour } from './util.ts';
import { strerror } from '../messages.ts';

interface Key {
  start: number;
  end?: number;
  numeric: boolean;
  reverse: boolean;
}

function field(line: string, k: Key, sep: string | undefined): string {
  let parts: string[];
  if (sep !== undefined) parts = line.split(sep);
  else parts = line.match(/\s*\S+/g) ?? [];
  const from = k.start - 1;
  const to = k.end ?? parts.length;
  return parts.slice(from, to).join(sep ?? '');
}

const num = (s: string) => {
  const m = /^\s*(-?\d*\.?\d+)/.exec(s);
  return m ? Number(m[1]) : 0;
};
const bytes = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Makes `sort`; with -u, lines whose keys compare equal keep only the first. */
export function makeSort(flavour: Flavour): Program {
  return (ctx) => {
    const name = progName(ctx, flavour);
    const args = ctx.argv.slice(1);
    const flags = new Set<string>();
    const keys: Key[] = [];
    let sep: string | undefined;
    let output: string | undefined;
    const files: string[] = [];
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
      for (let j = 1; j < a.length; j++) {
        const c = a[j];
        if (c === 'k' || c === 't' || c === 'o') {
          const v = a.slice(j + 1) || args[++i];
          if (v === undefined) {
            ctx.stderr.write(flavour === 'gnu' ? `${name}: option requires an argument -- '${c}'\nTry '${name} --help' for more information.\n` : `${name}: option requires an argument: ${c}\n`);
            return 2;
          }
          if (c === 't') sep = v;
          else if (c === 'o') output = v;
          else {
            const m = /^(\d+)(?:\.\d+)?([a-z]*)(?:,(\d+)(?:\.\d+)?([a-z]*))?$/.exec(v);
            if (!m || m[1] === '0') {
              ctx.stderr.write(flavour === 'gnu' ? `${name}: invalid number at field start: invalid count at start of ${quote(ctx, v)}\n` : `${name}: bad field specification\n`);
              return 2;
            }
            const opts = (m[2] ?? '') + (m[4] ?? '');
            keys.push({ start: Number(m[1]), end: m[3] ? Number(m[3]) : undefined, numeric: opts.includes('n'), reverse: opts.includes('r') });
          }
          break;
        }
        if (!'rnufbsV'.includes(c)) {
          ctx.stderr.write(flavour === 'gnu' ? `${name}: invalid option -- '${c}'\nTry '${name} --help' for more information.\n` : `${name}: unrecognized option: ${c}\n`);
          return 2;
        }
        flags.add(c);
      }
    }
    let failed = false;
    const inputs = readInputs(ctx, files, (f, code) => {
      ctx.stderr.write(flavour === 'gnu' ? `${name}: cannot read: ${f}: ${strerror(code)}\n` : `${name}: ${f}: ${strerror(code)}\n`);
      failed = true;
    });
    if (failed) return 2;
    const lines = inputs.flatMap((t) => splitLines(t.text));
    const fold = (s: string) => (flags.has('f') ? s.toUpperCase() : s);
    const cmpKey = (a: string, b: string): number => {
      if (keys.length === 0) return flags.has('n') ? num(a) - num(b) || 0 : bytes(fold(a), fold(b));
      for (const k of keys) {
        const fa = field(a, k, sep);
        const fb = field(b, k, sep);
        let c = k.numeric || flags.has('n') ? num(fa) - num(fb) : bytes(fold(fa), fold(fb));
        if (k.reverse) c = -c;
        if (c) return c;
      }
      return 0;
    };
    const r = flags.has('r') ? -1 : 1;
    const unique = flags.has('u');
    const sorted = lines.slice().sort((a, b) => r * (cmpKey(a, b) || (unique || flags.has('s') ? 0 : bytes(a, b))));
    const out = unique ? sorted.filter((l, k) => k === 0 || cmpKey(sorted[k - 1], l) !== 0) : sorted;
    const text = out.map((l) => l + '\n').join('');
    if (output !== undefined) ctx.fs.writeFile(output.startsWith('/') ? output : `${ctx.cwd}/${output}`, text);
    else ctx.stdout.write(text);
    return 0;
  };
}
