// GNU du's size arguments and output: gnulib's xstrtol with its suffixes (-t SIZE, -B SIZE), human_options
// (-B's `K`, `MB`, `1KiB`, `human-readable`, `si`; $DU_BLOCK_SIZE, $BLOCK_SIZE, $BLOCKSIZE) and
// human_readable, which prints a byte count in blocks of a size, rounded up, or autoscaled as -h does.
import type { ProgramContext } from '../../kernel/process.ts';

/** How human_readable prints: autoscaled (-h, --si), with an SI letter, `B`, and 1024 or 1000 as the base. */
export interface HumanOptions {
  autoscale: boolean;
  si: boolean;
  b: boolean;
  base1024: boolean;
}

/** A block size and the way sizes are printed in it. */
export interface BlockSize {
  size: bigint;
  opts: HumanOptions;
}

/** What an xstrtol read came to: the number, or which complaint xstrtol_fatal makes of it. */
export type Strtol = { value: bigint } | { error: 'invalid' | 'suffix' | 'overflow' };

const PLAIN: HumanOptions = { autoscale: false, si: false, b: false, base1024: false };
const U_MAX = (1n << 64n) - 1n;
const I_MAX = (1n << 63n) - 1n;
const I_MIN = -(1n << 63n);
// The powers of the base the letters stand for; the other multipliers are fixed.
const POWERS: Record<string, number> = { k: 1, K: 1, M: 2, m: 2, G: 3, g: 3, T: 4, t: 4, P: 5, E: 6, Z: 7, Y: 8 };
const FIXED: Record<string, bigint> = { b: 512n, B: 1024n, c: 1n, w: 2n };

// strtoumax/strtoimax with base 0 (0x hex, 0 octal): the number and where it ended (0: none read).
function strtol(s: string): { value: bigint; end: number } {
  const m = /^(\s*[+-]?)(0[xX][0-9a-fA-F]+|0[0-7]*|[1-9][0-9]*)/.exec(s);
  if (!m) return { value: 0n, end: 0 };
  const digits = m[2];
  const magnitude = /^0[xX]/.test(digits) ? BigInt(digits) : digits.length > 1 && digits[0] === '0' ? BigInt('0o' + digits.slice(1)) : BigInt(digits);
  return { value: m[1].trim() === '-' ? -magnitude : magnitude, end: m[0].length };
}

/**
 * xstrtoumax (or xstrtoimax when `signed`) with the suffix letters `valid`; a `0` among them allows `B`
 * (powers of 1000) or `iB` (of 1024) after a letter. No number before a valid letter means one.
 */
export function xstrtol(s: string, valid: string, signed: boolean): Strtol {
  if (!signed && /^\s*-/.test(s)) return { error: 'invalid' };
  const read = strtol(s);
  let value = read.value;
  let overflow = false;
  if (read.end === 0) {
    if (s === '' || !valid.includes(s[0])) return { error: 'invalid' };
    value = 1n;
  } else if (signed ? value > I_MAX || value < I_MIN : value > U_MAX) {
    overflow = true;
    value = signed && value < 0n ? I_MIN : signed ? I_MAX : U_MAX;
  }
  const rest = s.slice(read.end);
  if (rest === '') return overflow ? { error: 'overflow' } : { value };
  const letter = rest[0];
  if (!valid.includes(letter) || (POWERS[letter] === undefined && FIXED[letter] === undefined)) return { error: 'suffix' };
  let base = 1024n;
  let used = 1;
  if (POWERS[letter] !== undefined && valid.includes('0')) {
    if (rest[1] === 'i' && rest[2] === 'B') used = 3;
    else if (rest[1] === 'B' || rest[1] === 'D') {
      base = 1000n;
      used = 2;
    }
  }
  const scale = FIXED[letter] ?? base ** BigInt(POWERS[letter]);
  const scaled = value * scale;
  if (signed ? scaled > I_MAX || scaled < I_MIN : scaled > U_MAX) overflow = true;
  else value = scaled;
  if (rest.length > used) return { error: 'suffix' };
  return overflow ? { error: 'overflow' } : { value };
}

/** xstrtol_fatal's line: `invalid -B argument 'x'`, `invalid suffix in --threshold argument '1x'`, `-B argument '1Z' too large`. */
export function strtolComplaint(error: 'invalid' | 'suffix' | 'overflow', option: string, arg: string): string {
  if (error === 'invalid') return `invalid ${option} argument '${arg}'`;
  return error === 'suffix' ? `invalid suffix in ${option} argument '${arg}'` : `${option} argument '${arg}' too large`;
}

// argmatch of human_options' words: the word, or its only abbreviation.
function humanWord(spec: string): 'human-readable' | 'si' | undefined {
  const words = (['human-readable', 'si'] as const).filter((w) => w.startsWith(spec));
  return spec !== '' && words.length === 1 ? words[0] : undefined;
}

/** human_options: a -B SIZE (a leading `'` groups digits, which the C locale does not); an error names xstrtol's complaint. */
export function humanOptions(spec: string): BlockSize | { error: 'invalid' | 'suffix' | 'overflow' } {
  if (spec.startsWith("'")) spec = spec.slice(1);
  const word = humanWord(spec);
  if (word) return { size: 1n, opts: { autoscale: true, si: true, b: false, base1024: word === 'human-readable' } };
  const read = xstrtol(spec, 'eEgGkKmMpPtTyYzZ0', false);
  if ('error' in read) return read;
  if (read.value === 0n) return { error: 'invalid' };
  // A size given by letters alone (`K`, `MB`, `KiB`) prints its letters after each number.
  if (/\d/.test(spec)) return { size: read.value, opts: PLAIN };
  const b = spec.endsWith('B');
  return { size: read.value, opts: { autoscale: false, si: true, b, base1024: !b || spec.endsWith('iB') } };
}

/** The block size du starts with: $DU_BLOCK_SIZE, else $BLOCK_SIZE, else $BLOCKSIZE, else 1024 (512 under POSIXLY_CORRECT). */
export function defaultBlockSize(ctx: ProgramContext): BlockSize {
  const fallback = { size: ctx.env.has('POSIXLY_CORRECT') ? 512n : 1024n, opts: PLAIN };
  const spec = ctx.env.get('DU_BLOCK_SIZE') ?? ctx.env.get('BLOCK_SIZE') ?? ctx.env.get('BLOCKSIZE');
  if (spec === undefined) return fallback;
  const read = humanOptions(spec);
  return 'error' in read ? fallback : read;
}

/** du's fixed block sizes: -k, -m, and -b's bytes. */
export const fixedBlocks = (size: bigint): BlockSize => ({ size, opts: PLAIN });

// The power letters; SI's 1000 writes its first as `k`.
const LETTERS = ['', 'K', 'M', 'G', 'T', 'P', 'E', 'Z', 'Y'];

/** human_readable: `bytes` in blocks of `bs.size`, rounded up, or autoscaled with one decimal below 10 (`4.0K`, `21k`). */
export function humanReadable(bytes: bigint, bs: BlockSize): string {
  const o = bs.opts;
  const base = o.base1024 ? 1024n : 1000n;
  let amt = bytes / bs.size;
  const r10 = (bytes % bs.size) * 10n;
  let tenths = r10 / bs.size;
  const r2 = (r10 % bs.size) * 2n;
  let rounding = r2 < bs.size ? (r2 > 0n ? 1n : 0n) : r2 > bs.size ? 3n : 2n;
  let exponent = -1;
  let decimal = '';
  if (o.autoscale) {
    exponent = 0;
    if (base <= amt) {
      do {
        const t10 = (amt % base) * 10n + tenths;
        const t2 = (t10 % base) * 2n + (rounding >> 1n);
        amt /= base;
        tenths = t10 / base;
        rounding = t2 < base ? (t2 + rounding !== 0n ? 1n : 0n) : base < t2 + rounding ? 3n : 2n;
        exponent++;
      } while (base <= amt && exponent < LETTERS.length - 1);
      if (amt < 10n) {
        if (rounding > 0n) {
          tenths++;
          rounding = 0n;
          if (tenths === 10n) {
            amt++;
            tenths = 0n;
          }
        }
        if (amt < 10n) {
          decimal = `.${tenths}`;
          tenths = rounding = 0n;
        }
      }
    }
  }
  if (tenths + rounding > 0n) {
    amt++;
    if (o.autoscale && amt === base && exponent < LETTERS.length - 1) {
      exponent++;
      decimal = '.0';
      amt = 1n;
    }
  }
  return `${amt}${decimal}${o.si ? siSuffix(exponent, bs.size, base, o) : ''}`;
}

// The letters after an SI size: the power (found from the block size when not autoscaled), then `B` or `iB`.
function siSuffix(exponent: number, size: bigint, base: bigint, o: HumanOptions): string {
  if (exponent < 0) {
    exponent = 0;
    for (let power = 1n; power < size && exponent < LETTERS.length - 1; power *= base) exponent++;
  }
  const letter = exponent === 1 && !o.base1024 ? 'k' : LETTERS[exponent];
  return letter + (o.b ? (o.base1024 && exponent > 0 ? 'iB' : 'B') : '');
}
