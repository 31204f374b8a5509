// awk's printf/sprintf formatting: %c %d %i %o %x %X %u %e %E %f %F %g %G %s %%, flags, width and precision (also `*`).
/** How the formatter converts an argument (values.ts supplies awk's rules). */
export interface Converters<T> {
  num(v: T): number;
  str(v: T): string;
}

function pad(s: string, width: number, flags: string, numeric: boolean): string {
  if (s.length >= width) return s;
  if (flags.includes('-')) return s.padEnd(width);
  if (numeric && flags.includes('0')) {
    const sign = /^[+\- ]|^0[xX]/.exec(s)?.[0] ?? '';
    return sign + s.slice(sign.length).padStart(width - sign.length, '0');
  }
  return s.padStart(width);
}

// C's %e exponent has at least two digits: 1e+00.
const cExp = (s: string) => s.replace(/e([+-])(\d)$/, 'e$10$2');

/** C's %g: %e or %f by the exponent, trailing zeros removed unless `#`. */
function gFormat(n: number, prec: number, alt: boolean): string {
  const p = prec === 0 ? 1 : prec;
  if (n === 0) return alt ? (0).toFixed(p - 1) : '0';
  const exp = Math.floor(Math.log10(Math.abs(Number(n.toPrecision(p)))));
  let s = exp < -4 || exp >= p ? cExp(n.toExponential(p - 1)) : n.toFixed(Math.max(0, p - 1 - exp));
  if (!alt) s = s.includes('e') ? s.replace(/\.?0+e/, 'e') : s.includes('.') ? s.replace(/\.?0+$/, '') : s;
  return s;
}

function signed(s: string, n: number, flags: string): string {
  if (n < 0 || Object.is(n, -0)) return s;
  return flags.includes('+') ? '+' + s : flags.includes(' ') ? ' ' + s : s;
}

/** Formats like awk's sprintf; missing arguments count as unset. */
export function formatAwk<T>(fmt: string, args: T[], conv: Converters<T>): string {
  let out = '';
  let k = 0;
  const nextArg = (): T | undefined => args[k++];
  const num = (v: T | undefined) => (v === undefined ? 0 : conv.num(v));
  const str = (v: T | undefined) => (v === undefined ? '' : conv.str(v));
  for (let i = 0; i < fmt.length; i++) {
    const c = fmt[i];
    if (c !== '%') {
      out += c;
      continue;
    }
    const m = /^%([-+ #0]*)(\*|\d+)?(?:\.(\*|\d*))?([a-zA-Z%])/.exec(fmt.slice(i));
    if (!m) {
      out += c;
      continue;
    }
    i += m[0].length - 1;
    let flags = m[1];
    let width = m[2] === '*' ? num(nextArg()) : m[2] ? Number(m[2]) : 0;
    if (width < 0) {
      flags += '-';
      width = -width;
    }
    const precision = m[3] === undefined ? undefined : m[3] === '*' ? num(nextArg()) : Number(m[3] || 0);
    const conversion = m[4];
    if (conversion === '%') {
      out += '%';
      continue;
    }
    const arg = nextArg();
    switch (conversion) {
      case 'c': {
        const ch = typeof arg === 'number' ? String.fromCharCode(arg) : str(arg).slice(0, 1);
        out += pad(ch, width, flags, false);
        break;
      }
      case 's': {
        const s = str(arg);
        out += pad(precision === undefined ? s : s.slice(0, precision), width, flags, false);
        break;
      }
      case 'd':
      case 'i':
      case 'u': {
        const n = Math.trunc(num(arg));
        let digits = Math.abs(n).toLocaleString('en-US', { useGrouping: false, maximumFractionDigits: 0 });
        if (precision !== undefined) digits = precision === 0 && n === 0 ? '' : digits.padStart(precision, '0');
        out += pad(signed((n < 0 ? '-' : '') + digits, n, flags), width, precision === undefined ? flags : flags.replace('0', ''), true);
        break;
      }
      case 'o':
      case 'x':
      case 'X': {
        const n = Math.trunc(num(arg));
        const v = n < 0 ? BigInt.asUintN(64, BigInt(n)) : BigInt(n);
        let s = v.toString(conversion === 'o' ? 8 : 16);
        if (conversion === 'X') s = s.toUpperCase();
        if (precision !== undefined) s = s.padStart(precision, '0');
        if (flags.includes('#') && n !== 0) s = (conversion === 'o' ? '0' : conversion === 'x' ? '0x' : '0X') + s;
        out += pad(s, width, flags, true);
        break;
      }
      case 'e':
      case 'E':
      case 'f':
      case 'F':
      case 'g':
      case 'G': {
        const n = num(arg);
        const p = precision ?? 6;
        let s: string;
        if (!Number.isFinite(n)) s = Number.isNaN(n) ? 'nan' : n > 0 ? 'inf' : '-inf';
        else if (conversion === 'e' || conversion === 'E') s = cExp(Math.abs(n).toExponential(p));
        else if (conversion === 'f' || conversion === 'F') s = Math.abs(n).toFixed(p);
        else s = gFormat(Math.abs(n), p, flags.includes('#'));
        if (Number.isFinite(n) && (n < 0 || Object.is(n, -0))) s = '-' + s;
        if (conversion === 'E' || conversion === 'G') s = s.toUpperCase();
        out += pad(signed(s, n, flags), width, flags, Number.isFinite(n));
        break;
      }
      default:
        out += m[0];
        k--;
    }
  }
  return out;
}
