// Pathname patterns (`*`, `?`, `[a-z]`, `[!x]`) for globbing, `case` and `${x#pat}`. In a pattern
// string a backslash quotes the next character, so quoted text never acts as a wildcard.
import type { Vfs } from '../vfs/vfs.ts';

/** Whether the pattern has an unquoted wildcard. */
export function hasWildcard(pattern: string): boolean {
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '\\') i++;
    else if (c === '*' || c === '?') return true;
    else if (c === '[' && bracketEnd(pattern, i) > 0) return true;
  }
  return false;
}

function bracketEnd(p: string, i: number): number {
  let j = i + 1;
  if (p[j] === '!' || p[j] === '^') j++;
  if (p[j] === ']') j++;
  for (; j < p.length; j++) {
    if (p[j] === '\\') j++;
    else if (p[j] === ']') return j;
  }
  return -1;
}

const cache = new Map<string, RegExp>();

/** The pattern as a regular-expression source (no anchors); `greedy` false makes `*` lazy. */
export function patternSource(pattern: string, greedy = true): string {
  let re = '';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '\\') {
      i++;
      if (i < pattern.length) re += escapeRe(pattern[i]);
      else re += '\\\\';
    } else if (c === '*') re += greedy ? '[\\s\\S]*' : '[\\s\\S]*?';
    else if (c === '?') re += '[\\s\\S]';
    else if (c === '[') {
      const end = bracketEnd(pattern, i);
      if (end < 0) {
        re += '\\[';
        continue;
      }
      let body = pattern.slice(i + 1, end);
      let neg = false;
      if (body[0] === '!' || body[0] === '^') {
        neg = true;
        body = body.slice(1);
      }
      body = body
        .replace(/\[:(alpha|digit|alnum|upper|lower|space|punct|xdigit):\]/g, (_m, cls: string) => CLASSES[cls])
        .replace(/\\(.)/g, (_m, ch: string) => '\\' + ch)
        .replace(/[\]^]/g, (m) => '\\' + m);
      re += (neg ? '[^' : '[') + body + ']';
      i = end;
    } else re += escapeRe(c);
  }
  return re;
}

const CLASSES: Record<string, string> = {
  alpha: 'a-zA-Z',
  digit: '0-9',
  alnum: 'a-zA-Z0-9',
  upper: 'A-Z',
  lower: 'a-z',
  space: ' \\t\\n\\r\\f\\v',
  punct: '!-\\/:-@\\[-`{-~',
  xdigit: '0-9A-Fa-f',
};

function escapeRe(c: string): string {
  return /[\\^$.*+?()[\]{}|/-]/.test(c) ? '\\' + c : c;
}

/** Whether the whole of `s` matches the pattern. */
export function globMatch(pattern: string, s: string): boolean {
  let re = cache.get(pattern);
  if (!re) {
    re = new RegExp('^' + patternSource(pattern) + '$');
    if (cache.size > 500) cache.clear();
    cache.set(pattern, re);
  }
  return re.test(s);
}

/** Removes the backslash quoting from a pattern, giving the literal text. */
export function unescapePattern(p: string): string {
  return p.replace(/\\([\s\S])/g, '$1');
}

/** Pathname expansion of one pattern against the filesystem: sorted matches, or [] when none. */
export function expandGlob(fs: Vfs, cwd: string, pattern: string): string[] {
  const absolute = pattern.startsWith('/');
  const parts = pattern.split('/').filter((p, i) => p !== '' || i === 0);
  let results: string[] = [absolute ? '/' : ''];
  const segs = absolute ? parts.slice(1) : parts;
  for (let k = 0; k < segs.length; k++) {
    const seg = segs[k];
    const last = k === segs.length - 1;
    const next: string[] = [];
    for (const base of results) {
      const dirPath = base === '' ? cwd : base.startsWith('/') ? base : cwd + '/' + base;
      const prefix = base === '' ? '' : base.endsWith('/') ? base : base + '/';
      if (!hasWildcard(seg)) {
        const name = unescapePattern(seg);
        const full = prefix + name;
        const abs = full.startsWith('/') ? full : cwd.replace(/\/$/, '') + '/' + full;
        if (last ? fs.lexists(abs) : isDir(fs, abs)) next.push(full);
        continue;
      }
      let names: string[];
      try {
        names = fs.readdir(dirPath);
      } catch {
        continue;
      }
      const dotOk = seg.startsWith('.') || seg.startsWith('\\.');
      for (const name of names) {
        if (name.startsWith('.') && !dotOk) continue;
        if (!globMatch(seg, name)) continue;
        const full = prefix + name;
        if (!last && !isDir(fs, full.startsWith('/') ? full : cwd.replace(/\/$/, '') + '/' + full)) continue;
        next.push(full);
      }
    }
    results = next;
  }
  if (pattern.endsWith('/')) results = results.map((r) => r + '/');
  return results.sort();
}

function isDir(fs: Vfs, p: string): boolean {
  try {
    return fs.stat(p).type === 'dir';
  } catch {
    return false;
  }
}
