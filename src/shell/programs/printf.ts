// printf FORMAT [ARG]…: C-style conversions, backslash escapes, and the format reused until the arguments run out.
import type { Program } from '../../kernel/process.ts';
import { interpretEscapes } from '../echo.ts';
import { progName, quote, usageError, type Flavour } from './util.ts';
import { byteChar, decodeUtf8, encodeUtf8, joinBytes } from '../../vfs/utf8.ts';

/** Escapes of a printf FORMAT (not %b): octal is `\NNN` (no leading 0 needed) and one byte; `\c` stops output. */
function formatEscape(fmt: string, i: number): { text: string; next: number; stop?: boolean } {
  const n = fmt[i + 1];
  if (n === undefined) return { text: '\\', next: i + 1 };
  const oct = /^[0-7]{1,3}/.exec(fmt.slice(i + 1));
  if (oct) return { text: byteChar(parseInt(oct[0], 8) & 255), next: i + 1 + oct[0].length };
  if (n === 'c') return { text: '', next: fmt.length, stop: true };
  if (n === '"') return { text: '"', next: i + 2 };
  const r = interpretEscapes('\\' + n + (n === 'x' ? (/^[0-9a-fA-F]{1,2}/.exec(fmt.slice(i + 2))?.[0] ?? '') : ''));
  const used = n === 'x' ? 2 + (/^[0-9a-fA-F]{1,2}/.exec(fmt.slice(i + 2))?.[0].length ?? 0) : 2;
  return { text: r.text, next: i + used };
}

interface Spec {
  flags: string;
  width?: number;
  precision?: number;
  conv: string;
}

/** The first `n` bytes of `s` (C's printf counts bytes, in the C locale a container starts with). */
const firstBytes = (s: string, n: number) => decodeUtf8(encodeUtf8(s).subarray(0, n));

function pad(s: string, spec: Spec, numeric: boolean): string {
  // Widths count bytes: `printf '%3s' é` adds one space.
  const w = (spec.width ?? 0) - (encodeUtf8(s).length - s.length);
  if (s.length >= w) return s;
  if (spec.flags.includes('-')) return s.padEnd(w);
  if (numeric && spec.flags.includes('0') && spec.precision === undefined) {
    const sign = /^[+\- ]|^0[xX]/.exec(s)?.[0] ?? '';
    return sign + s.slice(sign.length).padStart(w - sign.length, '0');
  }
  return s.padStart(w);
}

/** Makes `printf` (GNU coreutils or busybox wording for bad numbers and formats). */
export function makePrintf(flavour: Flavour): Program {
  return (ctx) => {
    const args = ctx.argv.slice(1);
    if (args[0] === '--') args.shift();
    if (args.length === 0) {
      if (flavour === 'busybox') {
        ctx.stderr.write('Usage: printf FORMAT [ARG]...\n');
        return 1;
      }
      return usageError(ctx, flavour, 'missing operand');
    }
    const fmt = args[0];
    const rest = args.slice(1);
    let k = 0;
    let code = 0;
    let out = '';
    const name = progName(ctx, flavour);
    const bad = (arg: string, msg: string) => {
      ctx.stdout.write(joinBytes(out));
      out = '';
      ctx.stderr.write(flavour === 'gnu' ? `${name}: ${quote(ctx, arg)}: ${msg}\n` : `${name}: invalid number '${arg}'\n`);
      code = 1;
    };
    const toInt = (arg: string | undefined): bigint => {
      if (arg === undefined || arg === '') return 0n;
      if (/^['"]/.test(arg)) return BigInt(encodeUtf8(arg)[1] ?? 0);
      const m = /^\s*([+-]?)(0[xX][0-9a-fA-F]+|0[0-7]*|[1-9][0-9]*)/.exec(arg);
      if (!m) {
        bad(arg, 'expected a numeric value');
        return 0n;
      }
      let v = BigInt(m[2].startsWith('0') && !/^0[xX]/.test(m[2]) && m[2].length > 1 ? '0o' + m[2].slice(1) : m[2]);
      if (m[1] === '-') v = -v;
      if (m[0].length !== arg.length) {
        if (flavour === 'busybox') {
          bad(arg, '');
          return 0n;
        }
        bad(arg, 'value not completely converted');
      }
      const max = 9223372036854775807n;
      if (v > max || v < -max - 1n) {
        bad(arg, 'Numerical result out of range');
        return flavour === 'gnu' ? (v > 0n ? max : -max - 1n) : 0n;
      }
      return v;
    };
    const toFloat = (arg: string | undefined): number => {
      if (arg === undefined || arg === '') return 0;
      if (/^['"]/.test(arg)) return encodeUtf8(arg)[1] ?? 0;
      const v = Number(arg.trim());
      if (Number.isNaN(v)) {
        const m = /^\s*[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?/i.exec(arg);
        bad(arg, m ? 'value not completely converted' : 'expected a numeric value');
        return m ? Number(m[0]) : 0;
      }
      return v;
    };
    const next = () => (k < rest.length ? rest[k++] : undefined);
    const convert = (spec: Spec): string | null => {
      const c = spec.conv;
      if (c === 's') {
        const s = next() ?? '';
        return pad(spec.precision !== undefined ? firstBytes(s, spec.precision) : s, spec, false);
      }
      if (c === 'b') {
        const r = interpretEscapes((next() ?? '').replace(/\\0?([0-7]{1,3})/g, (_m, o: string) => byteChar(parseInt(o, 8) & 255)));
        if (r.stop) {
          out += pad(r.text, spec, false);
          return null;
        }
        return pad(r.text, spec, false);
      }
      if (c === 'c') return pad(firstBytes(next() ?? '', 1), spec, false);
      if ('diouxX'.includes(c)) {
        const arg = next();
        let v = toInt(arg);
        if ('ouxX'.includes(c) && v < 0n) v += 1n << 64n;
        const neg = v < 0n;
        let digits = (neg ? -v : v).toString(c === 'o' ? 8 : c === 'x' || c === 'X' ? 16 : 10);
        if (c === 'X') digits = digits.toUpperCase();
        if (spec.precision !== undefined) digits = spec.precision === 0 && v === 0n ? '' : digits.padStart(spec.precision, '0');
        if (spec.flags.includes('#') && v !== 0n) digits = (c === 'x' ? '0x' : c === 'X' ? '0X' : c === 'o' && !digits.startsWith('0') ? '0' : '') + digits;
        const sign = neg ? '-' : 'di'.includes(c) && spec.flags.includes('+') ? '+' : 'di'.includes(c) && spec.flags.includes(' ') ? ' ' : '';
        return pad(sign + digits, spec, true);
      }
      if ('feEgG'.includes(c)) {
        const v = toFloat(next());
        const p = spec.precision ?? 6;
        let s: string;
        if (c === 'f') s = v.toFixed(p);
        else if (c === 'e' || c === 'E') s = cExp(v, p);
        else s = cGeneral(v, p, spec.flags.includes('#'));
        if (c === 'E' || c === 'G') s = s.toUpperCase();
        if (v >= 0 && spec.flags.includes('+')) s = '+' + s;
        return pad(s, spec, true);
      }
      return '';
    };
    for (;;) {
      const start = k;
      let stopped = false;
      for (let i = 0; i < fmt.length && !stopped; ) {
        const ch = fmt[i];
        if (ch === '\\') {
          const e = formatEscape(fmt, i);
          out += e.text;
          i = e.next;
          if (e.stop) stopped = true;
          continue;
        }
        if (ch !== '%') {
          out += ch;
          i++;
          continue;
        }
        if (fmt[i + 1] === '%') {
          out += '%';
          i += 2;
          continue;
        }
        const m = /^%([-+ #0]*)(\*|\d+)?(?:\.(\*|\d*))?([a-zA-Z]?)/.exec(fmt.slice(i))!;
        const spec: Spec = { flags: m[1], conv: m[4] };
        if (m[2] !== undefined) spec.width = m[2] === '*' ? Number(toInt(next())) : Number(m[2]);
        if (spec.width !== undefined && spec.width < 0) {
          spec.flags += '-';
          spec.width = -spec.width;
        }
        if (m[3] !== undefined) spec.precision = m[3] === '*' ? Number(toInt(next())) : Number(m[3] || '0');
        if (!'sbcdiouxXfeEgG'.includes(spec.conv) || spec.conv === '') {
          ctx.stdout.write(joinBytes(out));
          const shown = fmt.slice(i, i + m[0].length);
          ctx.stderr.write(flavour === 'gnu' ? `${name}: ${shown}: invalid conversion specification\n` : `${name}: ${shown}: invalid format\n`);
          return 1;
        }
        const r = convert(spec);
        if (r === null) {
          stopped = true;
          break;
        }
        out += r;
        i += m[0].length;
      }
      if (stopped || k >= rest.length || k === start) break;
    }
    ctx.stdout.write(joinBytes(out));
    return code;
  };
}

/** C's %e: one digit before the point and a two-digit (at least) exponent. */
function cExp(v: number, p: number): string {
  const s = v.toExponential(p);
  return s.replace(/e([+-])(\d)$/, 'e$10$2');
}

/** C's %g: %e or %f by exponent, trailing zeros dropped unless `#`. */
function cGeneral(v: number, p: number, alt: boolean): string {
  const prec = p === 0 ? 1 : p;
  if (v === 0) return '0';
  const exp = Math.floor(Math.log10(Math.abs(Number(v.toExponential(prec - 1)))));
  let s = exp < -4 || exp >= prec ? cExp(v, prec - 1) : v.toFixed(Math.max(0, prec - 1 - exp));
  if (!alt) s = s.replace(/\.?0+(e|$)/, '$1').replace(/(\.\d*?)0+(e|$)/, '$1$2');
  return s;
}
