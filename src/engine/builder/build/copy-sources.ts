// Finding COPY/ADD sources in the context (or another stage's filesystem): paths are taken from the
// source root (`..` cannot leave it), wildcards match one path component each (Go filepath.Match),
// and the checksum of what matched is what the cache key depends on.
import type { DirNode, FsNode } from '../../../vfs/types.ts';
import { Vfs } from '../../../vfs/vfs.ts';
import { FsError } from '../../../vfs/types.ts';
import { contentChecksum } from '../context/checksum.ts';

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

/** Resolves every source pattern in `root`; throws SourceNotFound for the first that matches nothing. */
export function resolveSources(root: DirNode, sources: readonly string[]): SourceMatch[] {
  const fs = new Vfs(root);
  const out: SourceMatch[] = [];
  for (const source of sources) {
    const clean = cleanSource(source);
    if (/[*?[]/.test(clean)) {
      const found = globMatches(fs, clean);
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

function globMatches(fs: Vfs, pattern: string): string[] {
  const segments = pattern.split('/').filter(Boolean);
  let paths = ['/'];
  for (const segment of segments) {
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
