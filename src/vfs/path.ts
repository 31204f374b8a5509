// POSIX path arithmetic for the in-memory filesystem: always '/'-separated, no platform quirks.

/** Collapses `.`, `..` and repeated slashes; keeps a path relative if it was (`a/../b` → `b`). */
export function normalize(p: string): string {
  const absolute = p.startsWith('/');
  const out: string[] = [];
  for (const part of p.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') {
      if (out.length > 0 && out[out.length - 1] !== '..') out.pop();
      else if (!absolute) out.push('..');
      continue;
    }
    out.push(part);
  }
  const joined = out.join('/');
  if (absolute) return '/' + joined;
  return joined === '' ? '.' : joined;
}

/** Makes `p` absolute against `cwd` (itself absolute), as the kernel does for relative paths. */
export function resolve(cwd: string, p: string): string {
  if (p.startsWith('/')) return normalize(p);
  return normalize((cwd.endsWith('/') ? cwd : cwd + '/') + p);
}

/** Joins segments with '/' and normalizes. */
export function join(...parts: string[]): string {
  return normalize(parts.filter((x) => x !== '').join('/'));
}

/** The directory part, as `dirname(1)`: `/a/b` → `/a`, `a` → `.`, `/` → `/`. */
export function dirname(p: string): string {
  const s = p.replace(/\/+$/, '');
  if (s === '') return p.startsWith('/') ? '/' : '.';
  const i = s.lastIndexOf('/');
  if (i < 0) return '.';
  const d = s.slice(0, i).replace(/\/+$/, '');
  return d === '' ? '/' : d;
}

/** The last component, as `basename(1)`: `/a/b/` → `b`, `/` → `/`. */
export function basename(p: string): string {
  const s = p.replace(/\/+$/, '');
  if (s === '') return p.startsWith('/') ? '/' : '';
  return s.slice(s.lastIndexOf('/') + 1);
}
