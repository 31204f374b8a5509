// find's size and time tests: -size [+-]N[cwbkMG], -mtime/-mmin/-atime/-amin/-ctime/-cmin [+-]N and -newer FILE, with each
// find's own rounding (measured against GNU findutils 4.9 and busybox 1.35 on this machine).
import type { ProgramContext } from '../../kernel/process.ts';
import type { FsNode } from '../../vfs/types.ts';
import { changeTime } from '../../vfs/nodes.ts';
import { abs, errCode, quote, type Flavour } from './util.ts';
import { strerror } from '../messages.ts';

/** A test's refusal of its argument; find prints it after `find: ` and exits 1. */
export class FindArgError extends Error {}

/** A node's size in bytes (a sized stand-in declares it), as stat's st_size. */
function sizeOf(n: FsNode): number {
  if (n.type === 'file') return n.size ?? n.data.length;
  if (n.type === 'symlink') return n.target.length;
  return 4096;
}

const GNU_UNITS: Record<string, number> = { c: 1, w: 2, b: 512, k: 1024, M: 1024 ** 2, G: 1024 ** 3 };
const BUSYBOX_UNITS: Record<string, number> = { c: 1, w: 2, b: 512, k: 1024 };

function compare(sign: string, value: number, n: number): boolean {
  return sign === '+' ? value > n : sign === '-' ? value < n : value === n;
}

/**
 * -size: GNU rounds the size up to whole units (so `-size -1M` is only empty files) and defaults to
 * 512-byte blocks; busybox compares bytes with N×unit exactly and knows no M or G.
 */
export function sizeTest(flavour: Flavour, arg: string): (p: string, n: FsNode) => boolean {
  const sign = /^[+-]/.test(arg) ? arg[0] : '';
  const body = arg.slice(sign.length);
  const m = /^(\d+)(.?)$/.exec(body);
  if (flavour === 'busybox') {
    if (!m || (m[2] && !(m[2] in BUSYBOX_UNITS))) throw new FindArgError(`invalid number '${body}'`);
    const bytes = Number(m[1]) * (m[2] ? BUSYBOX_UNITS[m[2]] : 512);
    return (_p, n) => compare(sign, sizeOf(n), bytes);
  }
  if (arg === '') throw new FindArgError('invalid null argument to -size');
  if (body === '') throw new FindArgError(`invalid -size type \`${arg}'`);
  if (!m) throw new FindArgError(`Invalid argument \`${arg}' to -size`);
  if (m[2] && !(m[2] in GNU_UNITS)) throw new FindArgError(`invalid -size type \`${m[2]}'`);
  const unit = m[2] ? GNU_UNITS[m[2]] : 512;
  const want = Number(m[1]);
  return (_p, n) => compare(sign, Math.ceil(sizeOf(n) / unit), want);
}

/** The time tests, by the time each reads. */
export type AgeOption = '-mtime' | '-mmin' | '-atime' | '-amin' | '-ctime' | '-cmin';

// The time an age test reads. Access times are not kept: under relatime (Docker's overlay mounts) a file
// not read since its last write has its mtime as atime, so that is what -atime/-amin see.
function timeOf(opt: AgeOption, n: FsNode): number {
  return opt[1] === 'c' ? changeTime(n) : n.mtime;
}

/**
 * -mtime/-atime/-ctime N (days) and -mmin/-amin/-cmin N (minutes) against `now` in seconds. Days: both
 * finds compare whole days elapsed. Minutes: busybox compares whole minutes elapsed; GNU compares `+N`/`-N`
 * with the exact age and `N` with the age rounded up (a file 10 s old is `-mmin 1`, not `-mmin 0`).
 */
export function ageTest(flavour: Flavour, opt: AgeOption, arg: string, now: number): (p: string, n: FsNode) => boolean {
  const sign = /^[+-]/.test(arg) ? arg[0] : '';
  const body = arg.slice(sign.length);
  const ok = flavour === 'gnu' ? /^\d+(\.\d*)?$/.test(body) : /^\d+$/.test(body);
  if (!ok) throw new FindArgError(flavour === 'gnu' ? `invalid argument \`${arg}' to \`${opt}'` : `invalid number '${body}'`);
  const n = Number(body);
  const minutes = opt.endsWith('min');
  const unit = minutes ? 60 : 86400;
  return (_p, node) => {
    const age = now - timeOf(opt, node);
    if (flavour === 'gnu' && minutes) return sign === '+' ? age > n * 60 : sign === '-' ? age < n * 60 : Math.ceil(age / 60) === n;
    return compare(sign, Math.floor(age / unit), n);
  };
}

/** -newer FILE: modified strictly after FILE (read once, when find starts, as both tools do). */
export function newerTest(ctx: ProgramContext, flavour: Flavour, file: string): (p: string, n: FsNode) => boolean {
  let ref: number;
  try {
    ref = ctx.fs.stat(abs(ctx, file)).mtime;
  } catch (e) {
    const why = strerror(errCode(e));
    throw new FindArgError(flavour === 'gnu' ? `${quote(ctx, file)}: ${why}` : `can't stat '${file}': ${why}`);
  }
  return (_p, n) => n.mtime > ref;
}
