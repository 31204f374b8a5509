// Converts and checks one flag value the way pflag and docker's opts types do, with their error texts.
import { goQuote, GoDurationError, parseGoDuration } from '../../engine/index.ts';
import type { FlagCheck, FlagKind } from '../command-types.ts';
import { FlagValueError, parseGoBool } from './flag-value-error.ts';
import { parseMountOpt } from './mount-opt.ts';

export { FlagValueError, parseGoBool } from './flag-value-error.ts';

// Go integer literal with base 0: optional sign, 0x/0o/0b/0 prefixes, underscores between digits.
function goIntLiteral(s: string, allowSign: boolean): bigint | null {
  const m = /^([+-]?)(.*)$/.exec(s);
  if (!m) return null;
  const sign = m[1];
  let body = m[2];
  if (sign && !allowSign) return null;
  let digits = '0123456789';
  let prefix = '';
  if (/^0[xX]/.test(body)) [prefix, digits, body] = ['0x', '0123456789abcdefABCDEF', body.slice(2)];
  else if (/^0[oO]/.test(body)) [prefix, digits, body] = ['0o', '01234567', body.slice(2)];
  else if (/^0[bB]/.test(body)) [prefix, digits, body] = ['0b', '01', body.slice(2)];
  else if (/^0[0-9_]/.test(body)) [prefix, digits, body] = ['0o', '01234567', body.slice(1)];
  if (body.includes('_')) {
    // Underscores only between digits (or right after a base prefix).
    if (/__|_$/.test(body) || (body.startsWith('_') && prefix === '')) return null;
    body = body.replaceAll('_', '');
  }
  if (body === '' || [...body].some((c) => !digits.includes(c))) return null;
  const value = BigInt(prefix ? prefix + body : body);
  return sign === '-' ? -value : value;
}

/** Go `strconv.ParseInt(s, 0, bits)`. */
export function parseGoInt(s: string, bits: number): number {
  const v = goIntLiteral(s, true);
  if (v === null) throw new FlagValueError(`strconv.ParseInt: parsing ${goQuote(s)}: invalid syntax`);
  const limit = 1n << BigInt(bits - 1);
  if (v >= limit || v < -limit) throw new FlagValueError(`strconv.ParseInt: parsing ${goQuote(s)}: value out of range`);
  return Number(v);
}

/** Go `strconv.ParseUint(s, 0, bits)`. */
export function parseGoUint(s: string, bits: number): number {
  const v = goIntLiteral(s, false);
  if (v === null) throw new FlagValueError(`strconv.ParseUint: parsing ${goQuote(s)}: invalid syntax`);
  if (v >= 1n << BigInt(bits)) throw new FlagValueError(`strconv.ParseUint: parsing ${goQuote(s)}: value out of range`);
  return Number(v);
}

/** Go `time.ParseDuration` (`1h30m`, `1.5s`, `-2m`) as a flag value; returns milliseconds. */
function parseDurationMs(text: string): number {
  try {
    return parseGoDuration(text) / 1e6;
  } catch (error) {
    if (error instanceof GoDurationError) throw new FlagValueError(error.message);
    throw error;
  }
}

/** Go `strconv.ParseFloat` syntax check for the plain decimals people type. */
function parseGoFloat(s: string): number {
  if (!/^[+-]?(\d[\d_]*(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/.test(s)) {
    throw new FlagValueError(`strconv.ParseFloat: parsing ${goQuote(s)}: invalid syntax`);
  }
  return Number(s.replaceAll('_', ''));
}

const byteUnits: Record<string, number> = { '': 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3, t: 1024 ** 4, p: 1024 ** 5 };

/** docker's memory sizes (`go-units RAMInBytes`): `512m`, `1.5g`, `1024`, `2GiB`; returns bytes. */
export function parseRamBytes(s: string): number {
  const num = /^[0-9.]*/.exec(s)![0];
  if (num === '') throw new FlagValueError(`invalid size: '${s}'`);
  const value = parseGoFloat(num);
  const rest = s.slice(num.length).replace(/^ /, '');
  const m = /^([kKmMgGtTpP]?)(?:[iI]?[bB])?$/.exec(rest);
  if (!m || (rest.length > 0 && /^[iI]/.test(rest))) throw new FlagValueError(`invalid suffix: '${rest}'`);
  return Math.floor(value * byteUnits[m[1].toLowerCase()]);
}

/** Converts a flag value by kind; collection kinds return the single item for the caller to append. */
export function convertValue(kind: FlagKind, raw: string): string | boolean | number {
  switch (kind) {
    case 'bool':
      return parseGoBool(raw);
    case 'int':
    case 'int64':
      return parseGoInt(raw, 64);
    case 'uint16':
      return parseGoUint(raw, 16);
    case 'uint64':
      return parseGoUint(raw, 64);
    case 'duration':
      return parseDurationMs(raw);
    case 'bytes':
      return parseRamBytes(raw);
    case 'decimal':
      if (!/^[+-]?(\d+\.?\d*|\.\d+)$/.test(raw)) throw new FlagValueError(`failed to parse ${raw} as a rational number`);
      return Number(raw);
    case 'filter':
      if (raw !== '' && !raw.includes('=')) throw new FlagValueError('bad format of filter (expected name=value)');
      return raw;
    default:
      return raw;
  }
}

/** docker's per-option validators that run while flags are parsed. */
export function checkValue(check: FlagCheck, raw: string): void {
  switch (check) {
    case 'env':
      if (raw.startsWith('=')) throw new FlagValueError(`invalid environment variable: ${raw}`);
      return;
    case 'add-host': {
      const sep = raw.search(/[:=]/);
      if (sep <= 0 || sep === raw.length - 1) throw new FlagValueError(`bad format for add-host: ${goQuote(raw)}`);
      return;
    }
    case 'ulimit':
      if (!raw.includes('=')) throw new FlagValueError(`invalid ulimit argument: ${raw}`);
      return;
    case 'mount':
      parseMountOpt(raw);
      return;
    case 'gpus':
      if (!raw.includes('=') && raw !== 'all' && !/^-?\d+$/.test(raw)) {
        throw new FlagValueError(`invalid count (${raw}): value must be either "all" or an integer: invalid syntax`);
      }
      return;
    case 'device-rate':
      if (!raw.includes(':')) throw new FlagValueError(`bad format: ${raw}`);
      return;
  }
}
