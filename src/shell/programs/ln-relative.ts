// GNU ln -r: the symlink's target rewritten relative to the directory the link is made in, as
// coreutils' convert_abs_rel computes it: both names made canonical with every symlink that exists
// followed and missing parts kept as written (canonicalize_filename_mode's CAN_MISSING), then relpath.
import type { Vfs } from '../../vfs/vfs.ts';
import { dirname } from '../../vfs/path.ts';

// Symlinks followed before canonicalization gives up (ELOOP): then ln keeps the target as given.
const MAX_HOPS = 40;

/** `name` (from `cwd`) made absolute and canonical, existing symlinks followed; undefined on a loop. */
export function canonicalMissing(fs: Vfs, cwd: string, name: string): string | undefined {
  let rest = (name.startsWith('/') ? name : `${cwd}/${name}`).split('/');
  const out: string[] = [];
  let hops = 0;
  while (rest.length > 0) {
    const part = rest.shift()!;
    if (part === '' || part === '.') continue;
    if (part === '..') {
      out.pop();
      continue;
    }
    out.push(part);
    let target: string;
    try {
      const node = fs.lstat('/' + out.join('/'));
      if (node.type !== 'symlink') continue;
      target = node.target;
    } catch {
      // Missing (or not a directory on the way): kept as written.
      continue;
    }
    if (++hops > MAX_HOPS) return undefined;
    out.pop();
    if (target.startsWith('/')) out.length = 0;
    rest = [...target.split('/'), ...rest];
  }
  return '/' + out.join('/');
}

/** How many leading characters of two canonical names are whole components both share (0: none). */
function commonPrefix(a: string, b: string): number {
  let i = 0;
  let ret = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) {
    if (a[i] === '/') ret = i + 1;
    i++;
  }
  if ((i === a.length && i === b.length) || (i === a.length && b[i] === '/') || (i === b.length && a[i] === '/')) ret = i;
  return ret;
}

/** coreutils' relpath: canonical `file` named from canonical directory `dir` (`../x`, `.` for the same). */
export function relpath(file: string, dir: string): string {
  const common = commonPrefix(dir, file);
  let up = dir.slice(common);
  let down = file.slice(common);
  if (up.startsWith('/')) up = up.slice(1);
  if (down.startsWith('/')) down = down.slice(1);
  if (up === '') return down === '' ? '.' : down;
  const dots = ['..', ...[...up].filter((c) => c === '/').map(() => '..')].join('/');
  return down === '' ? dots : `${dots}/${down}`;
}

/** The target `from` (as typed) of a link to be made at `link` (as typed), relative to the link's directory. */
export function relativeTarget(fs: Vfs, cwd: string, from: string, link: string): string {
  const dir = canonicalMissing(fs, cwd, dirname(link));
  const file = canonicalMissing(fs, cwd, from);
  return dir === undefined || file === undefined ? from : relpath(file, dir);
}
