// find -perm MODE (exactly these bits), -perm -MODE (all of them), -perm /MODE (any of them), with
// octal or symbolic modes, read as GNU findutils 4.9 and busybox 1.35 read them (measured on this machine).
import type { ProgramContext } from '../../kernel/process.ts';
import type { FsNode } from '../../vfs/types.ts';
import { applyMode } from '../file-mode.ts';
import { FindArgError } from './find-tests.ts';
import { quote, type Flavour } from './util.ts';

// A mode's bits, or null when it is not a mode. GNU's symbolic clauses start from no bits and ignore the umask
// (`-perm -+w` is 0222) and refuse empty clauses; busybox's bb_parse_mode applies the umask to a clause naming
// no one (`+w` is 0200 under umask 022) and skips empty clauses (`''` is 0).
function modeBits(flavour: Flavour, text: string, umask: number): number | null {
  if (/^[0-7]+$/.test(text)) {
    const v = parseInt(text, 8);
    return v > 0o7777 ? null : v;
  }
  if (flavour === 'gnu') return text === '' || /^,|,,|,$/.test(text) ? null : applyMode(text, 0, false, 0);
  const clauses = text.split(',').filter((c) => c !== '');
  return clauses.length === 0 ? 0 : applyMode(clauses.join(','), 0, false, umask, true);
}

/**
 * -perm: GNU takes `-` and `/` prefixes (a `+` starts a symbolic mode: `+x` is exactly 0111) and warns that
 * `/000` matches every file; busybox also takes `+` as the old spelling of `/`, and its `/000` matches none.
 */
export function permTest(ctx: ProgramContext, flavour: Flavour, arg: string): (p: string, n: FsNode) => boolean {
  const prefixes = flavour === 'gnu' ? '-/' : '-/+';
  const kind = arg !== '' && prefixes.includes(arg[0]) ? arg[0] : '';
  const body = arg.slice(kind.length);
  const want = modeBits(flavour, body, ctx.fs.umask);
  if (want === null) throw new FindArgError(flavour === 'gnu' ? `invalid mode ${quote(ctx, arg)}` : `invalid mode '${body}'`);
  if (kind === '-') return (_p, n) => (n.mode & want) === want;
  if (kind === '') return (_p, n) => (n.mode & 0o7777) === want;
  if (want === 0) {
    if (flavour === 'busybox') return () => false;
    ctx.stderr.write(`find: warning: you have specified a mode pattern ${arg} (which is equivalent to /000). The meaning of -perm /000 has now been changed to be consistent with -perm -000; that is, while it used to match no files, it now matches all files.\n`);
    return () => true;
  }
  return (_p, n) => (n.mode & want) !== 0;
}
