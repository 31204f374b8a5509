// strtod(3) in the C locale, for the GNU tools that read their numbers with it (tail -s, sleep).

// strtod's numbers (C locale): decimal or hexadecimal, with an exponent, or inf/infinity/nan.
const STRTOD = /^[ \t\n\v\f\r]*[+-]?(?:(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?|0[xX](?:[\da-fA-F]+\.?[\da-fA-F]*|\.[\da-fA-F]+)(?:[pP][+-]?\d+)?|inf(?:inity)?|nan(?:\([\w]*\))?)$/i;

/** The value of a number strtod reads whole (NaN where it would not, or where it overflows). */
export function strtod(v: string): number {
  if (!STRTOD.test(v)) return NaN;
  const t = v.trim().toLowerCase();
  const sign = t.startsWith('-') ? -1 : 1;
  const body = t.replace(/^[+-]/, '');
  if (body.startsWith('inf')) return sign * Infinity;
  if (body.startsWith('nan')) return NaN;
  const hex = /^0x([\da-f]*)\.?([\da-f]*)(?:p([+-]?\d+))?$/.exec(body);
  const n = hex ? (parseInt(hex[1] || '0', 16) + (hex[2] ? parseInt(hex[2], 16) / 16 ** hex[2].length : 0)) * 2 ** Number(hex[3] ?? 0) : Number(body);
  return Number.isFinite(n) ? sign * n : NaN;
}
