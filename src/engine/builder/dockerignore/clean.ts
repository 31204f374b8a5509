// Go's path.Clean for slash paths, which .dockerignore lines and patterns go through.

/** Lexically cleans a slash path like Go's path.Clean: `a//b/../c/` → `a/c`, `` → `.`. */
export function cleanPath(path: string): string {
  if (path === '') return '.';
  const rooted = path.startsWith('/');
  const out: string[] = [];
  for (const part of path.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') {
      if (out.length > 0 && out[out.length - 1] !== '..') out.pop();
      else if (!rooted) out.push('..');
      continue;
    }
    out.push(part);
  }
  const joined = out.join('/');
  if (rooted) return `/${joined}`;
  return joined === '' ? '.' : joined;
}

/** Go's path.Dir: everything before the last `/`, cleaned (`a/b` → `a`, `a` → `.`). */
export function dirPath(path: string): string {
  const slash = path.lastIndexOf('/');
  return cleanPath(path.slice(0, slash + 1));
}
