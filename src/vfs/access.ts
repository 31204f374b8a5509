// Who a filesystem is used as, and the kernel's permission rules for that user: owner, group or
// other bits of the node's mode decide (root bypasses them), the sticky bit guards deletions.
import { FsError, type DirNode, type FsNode, type NodeMeta } from './types.ts';

/** The credentials of a process: what files it creates carry, what permission checks test. */
export interface Identity {
  uid: number;
  gid: number;
  /** Supplementary groups (the primary one may repeat here). */
  groups: readonly number[];
}

/** Permission bits asked for, as access(2) takes them. */
export const R = 4;
export const W = 2;
export const X = 1;

/** Whether `who` may access `node` for `want` (a sum of R, W, X); no identity or uid 0 may always. */
export function mayAccess(node: NodeMeta, who: Identity | undefined, want: number): boolean {
  if (!who || who.uid === 0) return true;
  let bits: number;
  if (node.uid === who.uid) bits = node.mode >> 6;
  else if (node.gid === who.gid || who.groups.includes(node.gid)) bits = node.mode >> 3;
  else bits = node.mode;
  return (bits & want) === want;
}

/** Throws EACCES for `path` unless `who` may access `node` for `want`. */
export function demand(node: NodeMeta, who: Identity | undefined, want: number, path: string): void {
  if (!mayAccess(node, who, want)) throw new FsError('EACCES', path);
}

/** Checks that `who` may remove `child` from `dir`: write and search on the directory, and the sticky bit's owner rule. */
export function demandRemove(dir: DirNode, child: FsNode, who: Identity | undefined, path: string): void {
  if (!who || who.uid === 0) return;
  demand(dir, who, W | X, path);
  if (dir.mode & 0o1000 && child.uid !== who.uid && dir.uid !== who.uid) throw new FsError('EPERM', path);
}

/** Checks that `who` may empty a directory tree (`rm -r`): write and search on every directory in it. */
export function demandRemoveTree(node: FsNode, who: Identity | undefined, path: string): void {
  if (!who || who.uid === 0 || node.type !== 'dir') return;
  if (node.children.size === 0) return;
  demand(node, who, W | X | R, path);
  for (const [name, child] of node.children) demandRemoveTree(child, who, `${path.replace(/\/$/, '')}/${name}`);
}

/** Checks that `who` may change a node's mode or times outright: its owner or root (else EPERM). */
export function demandOwner(node: NodeMeta, who: Identity | undefined, path: string): void {
  if (who && who.uid !== 0 && node.uid !== who.uid) throw new FsError('EPERM', path);
}

/** Checks a chown(2): root changes anything; an owner may only change the group, to one of its own. */
export function demandChown(node: NodeMeta, who: Identity | undefined, uid: number | undefined, gid: number | undefined, path: string): void {
  if (!who || who.uid === 0) return;
  const keepsOwner = uid === undefined || uid === node.uid;
  const ownGroup = gid === undefined || gid === node.gid || gid === who.gid || who.groups.includes(gid);
  if (node.uid !== who.uid || !keepsOwner || !ownGroup) throw new FsError('EPERM', path);
}
