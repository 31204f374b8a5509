// od: dumps bytes as octal, hex, decimal or characters (-t TYPE, -A RADIX, -N, -j, -v, -w and the
// old letters -b -c -d -o -s -x -i -l -a). GNU aligns the lines of several types to one column grid;
// busybox's od (the same program, od_bloaty.c, without that padding) separates each field by one space.
import type { Program, ProgramContext } from '../../kernel/process.ts';
import { strerror } from '../messages.ts';
import { encodeUtf8 } from '../../vfs/utf8.ts';
import { abs, errCode, progName, quote, refusedLetter, usageError, type Flavour } from './util.ts';

/** One output format: a kind of field over `size` bytes, printed `width` characters wide. */
interface Spec {
  kind: 'o' | 'x' | 'd' | 'u' | 'c' | 'a';
  size: number;
  width: number;
}

// Field widths per kind and size, as od computes them (the digits the largest value needs).
const WIDTHS: Record<Spec['kind'], Record<number, number>> = {
  o: { 1: 3, 2: 6, 4: 11, 8: 22 },
  x: { 1: 2, 2: 4, 4: 8, 8: 16 },
  d: { 1: 4, 2: 6, 4: 11, 8: 20 },
  u: { 1: 3, 2: 5, 4: 10, 8: 20 },
  c: { 1: 3 },
  a: { 1: 3 },
};
const SIZE_LETTERS: Record<string, number> = { C: 1, S: 2, I: 4, L: 8 };
const OLD_LETTERS: Record<string, string> = { a: 'a', b: 'o1', c: 'c', d: 'u2', o: 'o2', s: 'd2', x: 'x2', i: 'dI', l: 'dL' };
// busybox's -i and -l are the short and int of its 32-bit ancestors.
const BUSYBOX_LETTERS: Record<string, string> = { i: 'd2', l: 'd4' };
const NAMES = ['nul', 'soh', 'stx', 'etx', 'eot', 'enq', 'ack', 'bel', 'bs', 'ht', 'nl', 'vt', 'ff', 'cr', 'so', 'si', 'dle', 'dc1', 'dc2', 'dc3', 'dc4', 'nak', 'syn', 'etb', 'can', 'em', 'sub', 'esc', 'fs', 'gs', 'rs', 'us', 'sp'];
const ESCAPES: Record<number, string> = { 0: '\\0', 7: '\\a', 8: '\\b', 9: '\\t', 10: '\\n', 11: '\\v', 12: '\\f', 13: '\\r' };

/** Parses a -t argument ("x1", "d4", "c", "xC", "x1c" …) into specs, or the offending character. */
function parseType(text: string): Spec[] | { bad: string } {
  const out: Spec[] = [];
  let i = 0;
  while (i < text.length) {
    const kind = text[i++] as Spec['kind'];
    if (!(kind in WIDTHS)) return { bad: kind };
    let size = kind === 'c' || kind === 'a' ? 1 : 4;
    if (kind !== 'c' && kind !== 'a') {
      const digits = /^\d+/.exec(text.slice(i))?.[0];
      if (digits) {
        size = Number(digits);
        i += digits.length;
        if (!WIDTHS[kind][size]) return { bad: digits };
      } else if (SIZE_LETTERS[text[i]]) size = SIZE_LETTERS[text[i++]];
    }
    out.push({ kind, size, width: WIDTHS[kind][size] });
  }
  return out;
}

/** A byte count as od reads one: decimal, 0x hex, 0 octal, with b (512), k/K, m/M suffixes. */
function parseCount(text: string): number | undefined {
  const m = /^(0[xX][0-9a-fA-F]+|0[0-7]*|[1-9]\d*)(b|k|K|kB|KiB|m|M|MB|MiB)?$/.exec(text);
  if (!m) return undefined;
  const n = m[1].startsWith('0x') || m[1].startsWith('0X') ? parseInt(m[1], 16) : m[1].length > 1 && m[1].startsWith('0') ? parseInt(m[1], 8) : Number(m[1]);
  const unit = { b: 512, k: 1024, K: 1024, KiB: 1024, kB: 1000, m: 1 << 20, M: 1 << 20, MiB: 1 << 20, MB: 1e6 }[m[2] ?? ''] ?? 1;
  return n * unit;
}

// One field's text: a little-endian integer in its base, or a character.
function field(spec: Spec, bytes: Uint8Array, at: number): string {
  if (spec.kind === 'c') {
    const b = bytes[at];
    if (ESCAPES[b] !== undefined) return ESCAPES[b];
    return b >= 0x20 && b < 0x7f ? String.fromCharCode(b) : b.toString(8).padStart(3, '0');
  }
  if (spec.kind === 'a') {
    const b = bytes[at] & 0x7f;
    return b <= 0x20 ? NAMES[b] : b === 0x7f ? 'del' : String.fromCharCode(b);
  }
  let v = 0n;
  for (let k = spec.size - 1; k >= 0; k--) v = (v << 8n) | BigInt(bytes[at + k] ?? 0);
  if (spec.kind === 'd' && v >= 1n << BigInt(spec.size * 8 - 1)) v -= 1n << BigInt(spec.size * 8);
  if (spec.kind === 'o') return v.toString(8).padStart(spec.width, '0');
  if (spec.kind === 'x') return v.toString(16).padStart(spec.width, '0');
  return v.toString();
}

interface Options {
  specs: Spec[];
  radix: 'o' | 'd' | 'x' | 'n';
  skip: number;
  limit?: number;
  verbose: boolean;
  perLine: number;
  files: string[];
}

// Parses the command line; a number is the exit status of a refusal already reported.
function parse(ctx: ProgramContext, flavour: Flavour): Options | number {
  const o: Options = { specs: [], radix: 'o', skip: 0, verbose: false, perLine: 16, files: [] };
  const args = ctx.argv.slice(1);
  let widthGiven: number | undefined;
  const take = (letter: string, value: string): number | undefined => {
    if (letter === 't') {
      const specs = parseType(value);
      if ('bad' in specs) return usageError(ctx, flavour, `invalid character '${specs.bad}' in type string ${quote(ctx, value)}`);
      o.specs.push(...specs);
    } else if (letter === 'A') {
      if (!/^[odxn]$/.test(value)) {
        ctx.stderr.write(flavour === 'gnu' ? `${progName(ctx, flavour)}: invalid output address radix '${value}'; it must be one character from [doxn]\n` : `od: bad output address radix '${value}' (must be [doxn])\n`);
        return 1;
      }
      o.radix = value as Options['radix'];
    } else {
      const n = parseCount(value);
      if (n === undefined) return usageError(ctx, flavour, `invalid ${letter === 'N' ? '-N' : letter === 'j' ? '-j' : '-w'} argument ${quote(ctx, value)}`);
      if (letter === 'N') o.limit = n;
      else if (letter === 'j') o.skip = n;
      else widthGiven = n;
    }
    return undefined;
  };
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '--') {
      o.files.push(...args.slice(i + 1));
      break;
    }
    const long = /^--(address-radix|format|read-bytes|skip-bytes|width|output-duplicates)(?:=(.*))?$/.exec(a);
    if (long) {
      const letter = { 'address-radix': 'A', format: 't', 'read-bytes': 'N', 'skip-bytes': 'j', width: 'w', 'output-duplicates': 'v' }[long[1]]!;
      if (letter === 'v') o.verbose = true;
      else {
        const value = long[2] ?? (letter === 'w' ? '32' : args[++i]);
        if (value === undefined) return usageError(ctx, flavour, `option '${a}' requires an argument`);
        const bad = take(letter, value);
        if (bad !== undefined) return bad;
      }
      continue;
    }
    if (!a.startsWith('-') || a === '-') {
      o.files.push(a);
      continue;
    }
    for (let k = 1; k < a.length; k++) {
      const c = a[k];
      if ('AtNj'.includes(c) || (c === 'w' && k + 1 < a.length)) {
        const value = k + 1 < a.length ? a.slice(k + 1) : args[++i];
        if (value === undefined) return usageError(ctx, flavour, `option requires an argument -- '${c}'`);
        const bad = take(c, value);
        if (bad !== undefined) return bad;
        break;
      }
      if (c === 'w') widthGiven = 32;
      else if (c === 'v') o.verbose = true;
      else if (OLD_LETTERS[c]) o.specs.push(...(parseType(flavour === 'busybox' && BUSYBOX_LETTERS[c] ? BUSYBOX_LETTERS[c] : OLD_LETTERS[c]) as Spec[]));
      else if (refusedLetter(ctx, flavour, c)) return 1;
      else return usageError(ctx, flavour, `invalid option -- '${c}'`);
    }
  }
  if (o.specs.length === 0) o.specs.push(...(parseType('o2') as Spec[]));
  const lcm = o.specs.reduce((m, s) => (m % s.size === 0 ? m : m * s.size), 1);
  o.perLine = widthGiven ?? Math.max(16, lcm);
  return o;
}

// The input bytes after -j and up to -N: every file (or stdin) in turn, as one stream.
function input(ctx: ProgramContext, o: Options, name: string): { bytes: Uint8Array; failed: boolean } {
  const parts: Uint8Array[] = [];
  let failed = false;
  const want = o.limit === undefined ? undefined : o.skip + o.limit;
  for (const f of o.files.length ? o.files : ['-']) {
    try {
      parts.push(f === '-' ? encodeUtf8(ctx.stdin) : ctx.fs.readFile(abs(ctx, f), { want }));
    } catch (e) {
      ctx.stderr.write(`${name}: ${f}: ${strerror(errCode(e))}\n`);
      failed = true;
    }
  }
  const all = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    all.set(p, at);
    at += p.length;
  }
  const end = o.limit === undefined ? all.length : Math.min(all.length, o.skip + o.limit);
  return { bytes: all.subarray(Math.min(o.skip, all.length), end), failed };
}

/** Makes `od` (GNU or busybox layout). */
export function makeOd(flavour: Flavour): Program {
  return (ctx) => {
    const name = progName(ctx, flavour);
    const o = parse(ctx, flavour);
    if (typeof o === 'number') return o;
    const { bytes, failed } = input(ctx, o, name);
    const address = (n: number) => (o.radix === 'n' ? '' : o.radix === 'x' ? n.toString(16).padStart(6, '0') : o.radix === 'd' ? String(n).padStart(7, '0') : n.toString(8).padStart(7, '0'));
    const addressWidth = address(0).length;
    // GNU spreads each type's line over the widest type's columns; busybox puts one space before each field.
    const lineWidth = Math.max(...o.specs.map((s) => (s.width + 1) * (o.perLine / s.size)));
    let out = '';
    let previous: Uint8Array | undefined;
    let starred = false;
    for (let at = 0; at < bytes.length; at += o.perLine) {
      const block = bytes.subarray(at, at + o.perLine);
      if (!o.verbose && previous && block.length === o.perLine && block.every((b, k) => b === previous![k])) {
        if (!starred) out += '*\n';
        starred = true;
        continue;
      }
      starred = false;
      previous = block;
      o.specs.forEach((spec, k) => {
        out += k === 0 ? address(o.skip + at) : ' '.repeat(addressWidth);
        const fields = Math.ceil(block.length / spec.size);
        const full = o.perLine / spec.size;
        const pad = flavour === 'gnu' ? lineWidth - spec.width * full : full;
        let remaining = pad;
        for (let i = full; i > full - fields; i--) {
          const next = Math.floor((pad * (i - 1)) / full);
          out += field(spec, block, (full - i) * spec.size).padStart(remaining - next + spec.width);
          remaining = next;
        }
        out += '\n';
      });
    }
    if (o.radix !== 'n') out += address(o.skip + bytes.length) + '\n';
    ctx.stdout.write(out);
    return failed ? 1 : 0;
  };
}
