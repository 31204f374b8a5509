// Go's strconv float formatting (%g, %e, %f with or without a precision), exact to the last digit:
// Go rounds the exact binary value half-to-even, which JS toPrecision does not.

/** The exact decimal digits of a finite non-negative double: value = 0.digits × 10^dp. */
function exactDecimal(x: number): { digits: string; dp: number } {
  if (x === 0) return { digits: '', dp: 0 };
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, x);
  const hi = view.getUint32(0);
  const lo = view.getUint32(4);
  const biased = (hi >>> 20) & 0x7ff;
  let mant = (BigInt(hi & 0xfffff) << 32n) | BigInt(lo);
  let exp: number;
  if (biased === 0) exp = -1074;
  else {
    mant |= 1n << 52n;
    exp = biased - 1075;
  }
  let digits: string;
  let dp: number;
  if (exp >= 0) {
    digits = (mant << BigInt(exp)).toString();
    dp = digits.length;
  } else {
    digits = (mant * 5n ** BigInt(-exp)).toString();
    dp = digits.length + exp;
  }
  digits = digits.replace(/0+$/, '');
  return { digits, dp };
}

/** Rounds exact digits to n significant digits, half to even on exact ties; trailing zeros trimmed. */
function roundDigits(d: { digits: string; dp: number }, n: number): { digits: string; dp: number } {
  if (d.digits.length <= n) return d;
  if (n <= 0) return { digits: '', dp: d.dp };
  const head = d.digits.slice(0, n);
  const next = d.digits.charCodeAt(n) - 48;
  const rest = d.digits.slice(n + 1);
  let up = next > 5 || (next === 5 && (rest.length > 0 || (head.charCodeAt(n - 1) - 48) % 2 === 1));
  if (!up) return { digits: head.replace(/0+$/, ''), dp: d.dp };
  const chars = head.split('');
  let i = n - 1;
  while (i >= 0) {
    if (chars[i] === '9') {
      chars[i] = '0';
      i--;
    } else {
      chars[i] = String.fromCharCode(chars[i]!.charCodeAt(0) + 1);
      up = false;
      break;
    }
  }
  if (up) return { digits: '1', dp: d.dp + 1 };
  return { digits: chars.join('').replace(/0+$/, ''), dp: d.dp };
}

/** Rounds to `frac` digits after the decimal point (for %f). */
function roundFixed(d: { digits: string; dp: number }, frac: number): { digits: string; dp: number } {
  const n = d.dp + frac;
  if (n < 0) return { digits: '', dp: d.dp };
  if (n === 0) {
    // Only the rounding decides between 0 and 1 × 10^dp.
    if (d.digits === '') return d;
    const first = d.digits.charCodeAt(0) - 48;
    const up = first > 5 || (first === 5 && d.digits.length > 1);
    return up ? { digits: '1', dp: d.dp + 1 } : { digits: '', dp: d.dp };
  }
  return roundDigits(d, n);
}

/** Shortest round-trip digits (as Go's strconv with precision -1). */
function shortestDecimal(x: number): { digits: string; dp: number } {
  if (x === 0) return { digits: '', dp: 0 };
  const [mant, e] = x.toExponential().split('e') as [string, string];
  const digits = mant.replace('.', '').replace(/0+$/, '');
  return { digits, dp: Number(e) + 1 };
}

function fmtE(neg: boolean, d: { digits: string; dp: number }, prec: number, ch: 'e' | 'E'): string {
  const digits = d.digits === '' ? '0' : d.digits;
  let s = digits[0]!;
  if (prec > 0) s += '.' + (digits.slice(1) + '0'.repeat(prec)).slice(0, prec);
  const exp = d.digits === '' ? 0 : d.dp - 1;
  const abs = Math.abs(exp);
  s += ch + (exp < 0 ? '-' : '+') + (abs < 10 ? '0' + abs : String(abs));
  return (neg ? '-' : '') + s;
}

function fmtF(neg: boolean, d: { digits: string; dp: number }, prec: number): string {
  let intPart: string;
  if (d.dp > 0) intPart = (d.digits + '0'.repeat(Math.max(0, d.dp - d.digits.length))).slice(0, d.dp);
  else intPart = '0';
  let s = intPart;
  if (prec > 0) {
    let frac = '';
    for (let i = 0; i < prec; i++) {
      const j = d.dp + i;
      frac += j >= 0 && j < d.digits.length ? d.digits[j] : '0';
    }
    s += '.' + frac;
  }
  return (neg ? '-' : '') + s;
}

function special(x: number): string | null {
  if (Number.isNaN(x)) return 'NaN';
  if (x === Infinity) return '+Inf';
  if (x === -Infinity) return '-Inf';
  return null;
}

/** Go strconv.FormatFloat(x, 'g' or 'G', prec, 64); prec -1 means shortest (what %v prints). */
export function formatFloatG(x: number, prec: number, upper = false): string {
  const sp = special(x);
  if (sp !== null) return sp;
  const neg = x < 0 || Object.is(x, -0);
  const shortest = prec < 0;
  let d: { digits: string; dp: number };
  if (shortest) {
    d = shortestDecimal(Math.abs(x));
    prec = Math.max(d.digits.length, 1);
  } else {
    if (prec === 0) prec = 1;
    d = roundDigits(exactDecimal(Math.abs(x)), prec);
  }
  const nd = d.digits.length;
  let eprec = prec;
  if (eprec > nd && nd >= d.dp) eprec = nd;
  if (shortest) eprec = 6;
  const exp = d.dp - 1;
  if (exp < -4 || exp >= eprec) {
    let p = prec;
    if (p > nd) p = nd;
    return fmtE(neg, d, Math.max(p - 1, 0), upper ? 'E' : 'e');
  }
  let p = prec;
  if (p > d.dp) p = nd;
  return fmtF(neg, d, Math.max(p - d.dp, 0));
}

/** Go strconv.FormatFloat(x, 'e', prec, 64); prec -1 means shortest. */
export function formatFloatE(x: number, prec: number, upper = false): string {
  const sp = special(x);
  if (sp !== null) return sp;
  const neg = x < 0 || Object.is(x, -0);
  if (prec < 0) {
    const d = shortestDecimal(Math.abs(x));
    return fmtE(neg, d, Math.max(d.digits.length - 1, 0), upper ? 'E' : 'e');
  }
  return fmtE(neg, roundDigits(exactDecimal(Math.abs(x)), prec + 1), prec, upper ? 'E' : 'e');
}

/** Go strconv.FormatFloat(x, 'f', prec, 64); prec -1 means shortest. */
export function formatFloatF(x: number, prec: number): string {
  const sp = special(x);
  if (sp !== null) return sp;
  const neg = x < 0 || Object.is(x, -0);
  if (prec < 0) {
    const d = shortestDecimal(Math.abs(x));
    return fmtF(neg, d, Math.max(d.digits.length - d.dp, 0));
  }
  return fmtF(neg, roundFixed(exactDecimal(Math.abs(x)), prec), prec);
}
