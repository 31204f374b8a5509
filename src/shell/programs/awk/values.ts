// awk's values: numbers, strings, and "strnums" (input that looks numeric compares as a number);
// an unset variable is both "" and 0.
import { formatAwk } from './format.ts';

/** Text from input (fields, getline, split, -v, ENVIRON, ARGV): a string that compares as a number when it looks like one. */
export class StrNum {
  readonly n: number | null;
  constructor(readonly s: string) {
    this.n = /^[ \t\n]*[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?[ \t\n]*$/.test(s) ? Number(s.trim()) : null;
  }
}

/** An awk value; undefined is an unset variable. */
export type Val = number | string | StrNum | undefined;

/** The numeric value: a string's leading number (as strtod reads it), else 0. */
export function num(v: Val): number {
  if (typeof v === 'number') return v;
  if (v === undefined) return 0;
  if (v instanceof StrNum && v.n !== null) return v.n;
  const s = typeof v === 'string' ? v : v.s;
  const m = /^[ \t\n]*([+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?)/.exec(s);
  return m ? Number(m[1]) : 0;
}

/** The largest integer awk prints in full rather than through OFMT: mawk (Debian's awk) uses a C int, busybox a long long. */
let maxInt = 2 ** 31 - 1;

/** Sets which awk's integer printing applies (the program sets it once per run). */
export function setIntegerLimit(flavour: 'gnu' | 'busybox'): void {
  maxInt = flavour === 'gnu' ? 2 ** 31 - 1 : 2 ** 63;
}

/** A number as awk prints it: integers in full, others through `fmt` (CONVFMT or OFMT, "%.6g"). */
export function numText(n: number, fmt: string): string {
  if (Number.isInteger(n) && Math.abs(n) <= maxInt) return String(n === 0 ? 0 : n);
  if (Number.isNaN(n)) return n > 0 ? 'nan' : '-nan';
  if (!Number.isFinite(n)) return n > 0 ? 'inf' : '-inf';
  return formatAwk<number>(fmt, [n], { num: (v) => v, str: String });
}

/** The string value, converting numbers with `fmt`. */
export function str(v: Val, fmt: string): string {
  if (typeof v === 'number') return numText(v, fmt);
  if (v === undefined) return '';
  return typeof v === 'string' ? v : v.s;
}

/** Truth: a number is true when non-zero, a string when non-empty, a strnum by its number. */
export function truthy(v: Val): boolean {
  if (typeof v === 'number') return v !== 0;
  if (v === undefined) return false;
  if (typeof v === 'string') return v !== '';
  return v.n !== null ? v.n !== 0 : v.s !== '';
}

const numeric = (v: Val) => typeof v === 'number' || v === undefined || (v instanceof StrNum && v.n !== null);

/** Compares as numbers when both sides are numeric (or unset), else as strings (by code point, as in the C locale). */
export function compare(a: Val, b: Val, fmt: string): number {
  if (numeric(a) && numeric(b)) {
    const x = num(a);
    const y = num(b);
    return x < y ? -1 : x > y ? 1 : 0;
  }
  const x = str(a, fmt);
  const y = str(b, fmt);
  return x < y ? -1 : x > y ? 1 : 0;
}
