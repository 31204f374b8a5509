// Finding COPY/ADD sources in the context (or another stage's filesystem): paths are taken from the
// source root (`..` cannot leave it), wildcards match one path component each (Go filepath.Match),
// and the checksum of what matched is what the cache key depends on.
import type { DirNode, FsNode } from '../../../vfs/types.ts';
import { Vfs } from '../../../vfs/vfs.ts';
import { FsError } from '../../../vfs/types.ts';
import { contentChecksum } from '../context/checksum.ts';
import { PatternMatcher } from '../dockerignore/matcher.ts';

/** One matched source: its cleaned path in the source root and its node (links at the top followed). */
export interface SourceMatch {
  path: string;
  node: FsNode;
  /** Whether the source was given with a wildcard (a matched directory is then copied by contents too). */
  wildcard: boolean;
}

/** The source paths that matched nothing: BuildKit's `"/x": not found`. */
export class SourceNotFound extends Error {
  constructor(readonly path: string) {
    super(`"${path}": not found`);
  }
}

/** Cleans a source path the way BuildKit does before looking it up: absolute from the source root. */
export function cleanSource(path: string): string {
  const parts: string[] = [];
  for (const part of path.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') parts.pop();
    else parts.push(part);
  }
  return '/' + parts.join('/');
}

/**
 * Resolves every source pattern in `root`; throws SourceNotFound for the first that matches nothing.
 * `doubleStar` (COPY --parents) lets a `**` component match any number of directories, none included.
 */
export function resolveSources(root: DirNode, sources: readonly string[], doubleStar = false): SourceMatch[] {
  const fs = new Vfs(root);
  const out: SourceMatch[] = [];
  for (const source of sources) {
    const clean = cleanSource(source);
    if (/[*?[]/.test(clean)) {
      const found = globMatches(fs, clean, doubleStar);
      if (found.length === 0) throw new SourceNotFound(clean);
      out.push(...found.map((path) => ({ path, node: statOrNull(fs, path)!, wildcard: true })));
      continue;
    }
    const node = statOrNull(fs, clean);
    if (!node) throw new SourceNotFound(clean);
    out.push({ path: clean, node, wildcard: false });
  }
  return out;
}

/** The part of a cache key that stands for the matched files. */
export function sourcesChecksum(matches: readonly SourceMatch[]): string[] {
  return matches.map((m) => `${m.path} ${contentChecksum(m.node)}`);
}

function statOrNull(fs: Vfs, path: string): FsNode | undefined {
  try {
    return fs.stat(path);
  } catch (error) {
    if (error instanceof FsError) return undefined;
    throw error;
  }
}

function globMatches(fs: Vfs, pattern: string, doubleStar: boolean): string[] {
  const segments = pattern.split('/').filter(Boolean);
  let paths = ['/'];
  for (const segment of segments) {
    if (doubleStar && segment === '**') {
      paths = [...new Set(paths.flatMap((dir) => [dir, ...descendantDirs(fs, dir)]))];
      continue;
    }
    const next: string[] = [];
    const re = /[*?[]/.test(segment) ? globRegex(segment) : undefined;
    for (const dir of paths) {
      const node = statOrNull(fs, dir);
      if (node?.type !== 'dir') continue;
      const base = dir === '/' ? '' : dir;
      if (!re) {
        if (node.children.has(segment)) next.push(`${base}/${segment}`);
        continue;
      }
      for (const name of [...node.children.keys()].sort()) if (re.test(name)) next.push(`${base}/${name}`);
    }
    paths = next;
  }
  return paths;
}

function descendantDirs(fs: Vfs, dir: string): string[] {
  const node = statOrNull(fs, dir);
  if (node?.type !== 'dir') return [];
  const base = dir === '/' ? '' : dir;
  return [...node.children.keys()].sort().flatMap((name) => {
    const child = `${base}/${name}`;
    return node.children.get(name)!.type === 'dir' ? [child, ...descendantDirs(fs, child)] : [];
  });
}

// Go's filepath.Match for one component: `*`, `?`, `[a-z]`, `[^x]`, `\` escapes.
function globRegex(segment: string): RegExp {
  let re = '';
  for (let i = 0; i < segment.length; i++) {
    const ch = segment[i];
    if (ch === '*') re += '.*';
    else if (ch === '?') re += '.';
    else if (ch === '[') {
      const end = segment.indexOf(']', i + 2);
      if (end < 0) {
        re += '\\[';
        continue;
      }
      let cls = segment.slice(i + 1, end);
      if (cls.startsWith('^')) cls = '^' + cls.slice(1).replace(/\\/g, '\\\\');
      else cls = cls.replace(/\\/g, '\\\\');
      re += `[${cls}]`;
      i = end;
    } else if (ch === '\\' && i + 1 < segment.length) re += escapeRe(segment[++i]);
    else re += escapeRe(ch);
  }
  return new RegExp(`^${re}$`, 's');
}

function escapeRe(ch: string): string {
  return /[.*+?^${}()|[\]\\/]/.test(ch) ? `\\${ch}` : ch;
}

/**
 * Drops what `COPY --exclude=<pattern>` names: a matched source whose path (from the source root)
 * matches, and inside a matched directory every entry whose path relative to it matches
 * (patternmatcher rules, as .dockerignore: `*` stays within a component, `**` spans them).
 */
export function excludeSources(matches: readonly SourceMatch[], excludes: readonly string[]): SourceMatch[] {
  if (excludes.length === 0) return [...matches];
  const matcher = new PatternMatcher(excludes);
  return matches
    .filter((m) => m.path === '/' || !matcher.matchesOrParentMatches(m.path.slice(1)))
    .map((m) => (m.node.type === 'dir' ? { ...m, node: pruneDir(m.node, '', matcher) } : m));
}

function pruneDir(dir: DirNode, prefix: string, matcher: PatternMatcher): DirNode {
  const children = new Map<string, FsNode>();
  for (const [name, child] of dir.children) {
    const path = prefix ? `${prefix}/${name}` : name;
    if (matcher.matchesOrParentMatches(path)) continue;
    children.set(name, child.type === 'dir' ? pruneDir(child, path, matcher) : child);
  }
  return { ...dir, children };
}

/**
 * `COPY --parents`: where a source's kept parent directories start. `x/./y/a.txt` keeps `y/a.txt`
 * (the rsync-style `/./` pivot); without one, the whole path from the root is kept.
 */
export function parentsPivot(source: string): { pivot: string; pattern: string } {
  const at = source.indexOf('/./');
  if (at < 0) return { pivot: '/', pattern: source };
  return { pivot: cleanSource(source.slice(0, at)), pattern: source };
}

/** The path of a match below its `--parents` pivot (`/x/y/a.txt` under `/x` → `y/a.txt`). */
export function pathBelow(pivot: string, path: string): string {
  if (pivot === '/') return path.slice(1);
  return path === pivot ? '' : path.slice(pivot.length + 1);
}
