// The build context as BuildKit receives it: the workspace directory minus what .dockerignore
// excludes (moby/patternmatcher: last matching pattern wins, `!` re-includes). Ignored files never
// reach the builder, so they cannot bust the cache.
import type { DirNode, FsNode } from '../../../vfs/types.ts';
import { nodeSize } from '../../../vfs/vfs.ts';
import { readDockerignore } from '../dockerignore/read.ts';
import { PatternMatcher } from '../dockerignore/matcher.ts';
import { decodeUtf8 } from '../../../vfs/utf8.ts';

/** The filtered context and what was read to filter it. */
export interface BuildContext {
  root: DirNode;
  /** The .dockerignore patterns (empty without one). */
  patterns: string[];
  /** Bytes of .dockerignore (`transferring context: 2B` when absent, as BuildKit shows). */
  ignoreFileSize: number;
  /** Bytes of the files sent (`transferring context: 1.2kB`). */
  transferSize: number;
  /** Whether a path (relative, `/`-separated) is excluded by .dockerignore. */
  isIgnored(path: string): boolean;
}

/** Filters a context tree through its .dockerignore. Throws IllegalPatternError / BadPatternError. */
export function loadContext(tree: DirNode): BuildContext {
  const ignoreNode = tree.children.get('.dockerignore');
  const patterns = ignoreNode?.type === 'file' ? readDockerignore(decodeUtf8(ignoreNode.data)) : [];
  const matcher = new PatternMatcher(patterns);
  const isIgnored = (path: string) => patterns.length > 0 && matcher.matchesOrParentMatches(path);
  const counter = { bytes: 0 };
  const root = filterDir(tree, '', isIgnored, counter);
  return {
    root,
    patterns,
    ignoreFileSize: ignoreNode?.type === 'file' ? ignoreNode.data.length : 2,
    transferSize: counter.bytes,
    isIgnored,
  };
}

function filterDir(dir: DirNode, prefix: string, isIgnored: (p: string) => boolean, counter: { bytes: number }): DirNode {
  const out: DirNode = { ...dir, children: new Map() };
  for (const name of [...dir.children.keys()].sort()) {
    const child = dir.children.get(name)!;
    const path = prefix ? `${prefix}/${name}` : name;
    if (child.type === 'dir') {
      const inner = filterDir(child, path, isIgnored, counter);
      // An excluded directory still travels when an exception re-includes something inside it.
      if (!isIgnored(path) || inner.children.size > 0) out.children.set(name, inner);
      continue;
    }
    if (isIgnored(path)) continue;
    counter.bytes += fileBytes(child);
    out.children.set(name, child);
  }
  return out;
}

function fileBytes(node: FsNode): number {
  return node.type === 'file' ? nodeSize(node) : node.type === 'symlink' ? node.target.length : 0;
}
