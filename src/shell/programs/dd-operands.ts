// dd's KEY=VALUE operands, as GNU coreutils and busybox read them: block sizes with their suffixes,
// conv=, iflag=, oflag= and status= lists, and each family's wording when one is wrong.
import type { Flavour } from './util.ts';

/** What a dd command line asks for. */
export interface DdOperands {
  input?: string;
  output?: string;
  ibs: number;
  obs: number;
  /** Whether bs= set both sizes (each input block is then written as it is, not reblocked). */
  bs: boolean;
  count?: number;
  skip: number;
  seek: number;
  conv: Set<string>;
  iflag: Set<string>;
  oflag: Set<string>;
  status: 'default' | 'none' | 'noxfer' | 'progress';
}

/** A refused command line: the message (without `dd: `), and whether GNU adds its `Try 'dd --help'` line; `usage` is busybox's full usage. */
export type DdRefusal = { message: string; tryHelp: boolean } | { usage: true };

const GNU_UNITS: Record<string, number> = { c: 1, w: 2, b: 512, kB: 1e3, K: 1024, k: 1024, KiB: 1024, MB: 1e6, M: 1 << 20, MiB: 1 << 20, GB: 1e9, G: 2 ** 30, GiB: 2 ** 30, TB: 1e12, T: 2 ** 40, TiB: 2 ** 40 };
const BUSYBOX_UNITS: Record<string, number> = { c: 1, w: 2, b: 512, kB: 1e3, k: 1024, MB: 1e6, M: 1 << 20, GB: 1e9, G: 2 ** 30 };

const GNU_CONV = ['ascii', 'ebcdic', 'ibm', 'block', 'unblock', 'lcase', 'ucase', 'sparse', 'swab', 'sync', 'excl', 'nocreat', 'notrunc', 'noerror', 'fdatasync', 'fsync'];
const GNU_FLAGS = ['append', 'direct', 'directory', 'dsync', 'sync', 'fullblock', 'nonblock', 'noatime', 'nocache', 'noctty', 'nofollow', 'count_bytes', 'skip_bytes', 'seek_bytes'];
const BUSYBOX_CONV = ['notrunc', 'sync', 'noerror', 'fsync', 'swab'];
const BUSYBOX_IFLAG = ['skip_bytes', 'count_bytes', 'fullblock', 'direct'];
const BUSYBOX_OFLAG = ['seek_bytes', 'append', 'direct'];

/** A size or count operand (`1M`, `2x512`, `1kB`); undefined when the family would not take it. */
function parseNumber(v: string, flavour: Flavour): number | undefined {
  const units = flavour === 'gnu' ? GNU_UNITS : BUSYBOX_UNITS;
  let total = 1;
  for (const part of flavour === 'gnu' ? v.split('x') : [v]) {
    const m = /^(\d+)([A-Za-z]*)$/.exec(part);
    if (!m || (m[2] !== '' && units[m[2]] === undefined)) return undefined;
    total *= Number(m[1]) * (m[2] === '' ? 1 : units[m[2]]);
  }
  return total;
}

/** Parses dd's operands; a refusal says what the family prints (`q` quotes as GNU does in the locale). */
export function parseDdOperands(args: string[], flavour: Flavour, q: (s: string) => string): DdOperands | DdRefusal {
  const gnu = flavour === 'gnu';
  const o: DdOperands = { ibs: 512, obs: 512, bs: false, skip: 0, seek: 0, conv: new Set(), iflag: new Set(), oflag: new Set(), status: 'default' };
  for (const arg of args) {
    const eq = arg.indexOf('=');
    const key = eq < 0 ? arg : arg.slice(0, eq);
    const value = arg.slice(eq + 1);
    const list = (allowed: string[], what: string, into: Set<string>): DdRefusal | undefined => {
      for (const w of value.split(',')) {
        if (!allowed.includes(w)) return gnu ? { message: `invalid ${what}: ${q(w)}`, tryHelp: true } : { message: `invalid argument '${w}' to '${key}'`, tryHelp: false };
        into.add(w);
      }
      return undefined;
    };
    let refusal: DdRefusal | undefined;
    if (eq < 0 && !gnu) return { usage: true };
    if (key === 'if') o.input = value;
    else if (key === 'of') o.output = value;
    else if (['bs', 'ibs', 'obs', 'count', 'skip', 'seek', 'iseek', 'oseek'].includes(key) && (gnu || !['iseek', 'oseek'].includes(key))) {
      const n = parseNumber(value, flavour);
      const isSize = key.endsWith('bs');
      if (n === undefined || (isSize && n === 0)) {
        if (!gnu && n === 0) return { message: `number 0 is not in 1..9223372036854775807 range`, tryHelp: false };
        return { message: gnu ? `invalid number: ${q(value)}` : `invalid number '${value}'`, tryHelp: false };
      }
      if (key === 'bs') {
        o.ibs = o.obs = n;
        o.bs = true;
      } else if (key === 'ibs') o.ibs = n;
      else if (key === 'obs') o.obs = n;
      else if (key === 'count') o.count = n;
      else if (key === 'skip' || key === 'iseek') o.skip = n;
      else o.seek = n;
    } else if (key === 'conv') refusal = list(gnu ? GNU_CONV : BUSYBOX_CONV, 'conversion', o.conv);
    else if (key === 'iflag') refusal = list(gnu ? GNU_FLAGS : BUSYBOX_IFLAG, 'input flag', o.iflag);
    else if (key === 'oflag') refusal = list(gnu ? GNU_FLAGS : BUSYBOX_OFLAG, 'output flag', o.oflag);
    else if (key === 'status') {
      const levels = gnu ? ['none', 'noxfer', 'progress'] : ['none', 'noxfer'];
      if (!levels.includes(value)) return gnu ? { message: `invalid status level: ${q(value)}`, tryHelp: true } : { message: `invalid argument '${value}' to 'status'`, tryHelp: false };
      o.status = value as DdOperands['status'];
    } else if (gnu && key === 'cbs') continue;
    else return gnu ? { message: `unrecognized operand ${q(arg)}`, tryHelp: true } : { usage: true };
    if (refusal) return refusal;
  }
  if (gnu && o.conv.has('lcase') && o.conv.has('ucase')) return { message: 'cannot combine lcase and ucase', tryHelp: false };
  return o;
}
