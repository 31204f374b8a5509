// A path with every symlink, `.` and `..` resolved, as GNU's canonicalize_filename_mode does it: what
// realpath prints, and readlink's -f, -e and -m.
import type { ProgramContext } from '../../kernel/process.ts';

/** How much of the path must exist: every component (e), all but the last (E, GNU's default), none (m). */
export type Mode = 'e' | 'E' | 'm';

/** The canonical path, or why there is none (ENOENT, ENOTDIR, ELOOP). */
export type Resolved = { path: string } | { error: string };

/** `path` from the working directory, its `..` kept (abs() would remove them before links are followed). */
export function joined(ctx: ProgramContext, path: string): string {
  return path.startsWith('/') ? path : `${ctx.cwd}/${path}`;
}

/** Lexical `.` and `..` removal of an absolute path. */
export function lexical(path: string): string[] {
  const out: string[] = [];
  for (const part of path.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') out.pop();
    else out.push(part);
  }
  return out;
}

/** The canonical form of `path`, as GNU's canonicalize_filename_mode: each symlink followed (40 at most), each component checked per `mode`. */
export function resolvePath(ctx: ProgramContext, path: string, mode: Mode, logical: boolean): Resolved {
  let parts = logical ? lexical(joined(ctx, path)) : joined(ctx, path).split('/').filter(Boolean);
  let out: string[] = [];
  let hops = 0;
  let missing = false;
  while (parts.length) {
    const part = parts.shift()!;
    if (part === '.') continue;
    if (part === '..') {
      out.pop();
      continue;
    }
    const here = '/' + [...out, part].join('/');
    let node;
    if (!missing) {
      try {
        node = ctx.fs.lstat(here);
      } catch {
        node = undefined;
      }
    }
    if (node === undefined) {
      if (mode === 'm' || (mode === 'E' && parts.length === 0)) {
        out.push(part);
        missing = true;
        continue;
      }
      return { error: 'ENOENT' };
    }
    if (node.type === 'symlink') {
      if (++hops > 40) {
        if (mode === 'm') {
          out.push(part);
          missing = true;
          continue;
        }
        return { error: 'ELOOP' };
      }
      const target = logical ? lexical(node.target.startsWith('/') ? node.target : `/${out.join('/')}/${node.target}`) : node.target.split('/').filter(Boolean);
      if (node.target.startsWith('/') || logical) out = [];
      parts = [...target, ...parts];
      continue;
    }
    if (node.type !== 'dir' && mode !== 'm' && (parts.length > 0 || path.endsWith('/'))) return { error: 'ENOTDIR' };
    out.push(part);
  }
  return { path: '/' + out.join('/') };
}
