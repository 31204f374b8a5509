// Plain helpers over FsNode trees: copying, making, merging and measuring nodes, and path parts.
import type { DirNode, FsNode, NodeMeta } from './types.ts';
import { encodeUtf8 } from './utf8.ts';

/** Deep-copies a node and everything below it. */
export function cloneNode<T extends FsNode>(node: T): T {
  if (node.type === 'file') return { ...node, data: node.data.slice() } as T;
  if (node.type === 'symlink') return { ...node } as T;
  const children = new Map<string, FsNode>();
  for (const [k, v] of node.children) children.set(k, cloneNode(v));
  return { ...node, children } as T;
}

/** Makes an empty directory node. */
export function makeDir(meta: Partial<NodeMeta> = {}): DirNode {
  return { type: 'dir', mode: 0o755, uid: 0, gid: 0, mtime: 0, ...meta, children: new Map() };
}

/** Sets the mtime of a node and everything below it. */
export function stamp(n: FsNode, t: number): void {
  n.mtime = t;
  if (n.type === 'dir') for (const c of n.children.values()) stamp(c, t);
}

/** Merges a directory's children into another (a directory over a directory merges). */
export function mergeInto(dst: DirNode, src: DirNode): void {
  for (const [k, v] of src.children) {
    const e = dst.children.get(k);
    if (e && e.type === 'dir' && v.type === 'dir') mergeInto(e, v);
    else dst.children.set(k, v);
  }
}

/** Byte-order comparison of names (C locale). */
export function compareNames(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The non-empty components of a path. */
export function normalizeParts(p: string): string[] {
  return p.split('/').filter((x) => x !== '');
}

/** An absolute path from its components. */
export function joinNames(names: string[]): string {
  return '/' + names.join('/');
}

/** The size `ls -l` and `stat` report for a node. */
export function nodeSize(n: FsNode): number {
  if (n.type === 'file') return n.size ?? n.data.length;
  if (n.type === 'symlink') return encodeUtf8(n.target).length;
  return 4096;
}

/** Bytes held in a tree: its files and links, not its directories (what a prune reclaims). */
export function treeSize(dir: DirNode): number {
  let total = 0;
  for (const child of dir.children.values()) total += child.type === 'dir' ? treeSize(child) : nodeSize(child);
  return total;
}

/** A node's st_ctime: the last metadata change, or the last write when that came later (a write changes both). */
export function changeTime(n: FsNode): number {
  return Math.max(n.ctime ?? n.mtime, n.mtime);
}

/** Gives a node and everything below it to an owner, clearing `umask`'s bits from modes but symlinks' (a copy made by a user is that user's). */
export function ownTree(n: FsNode, owner: { uid: number; gid: number }, umask = 0): void {
  n.uid = owner.uid;
  n.gid = owner.gid;
  if (n.type !== 'symlink') n.mode &= ~umask;
  if (n.type === 'dir') for (const c of n.children.values()) ownTree(c, owner, umask);
}
