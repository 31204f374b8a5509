// Path resolution (namei): walks a path through an FsNode tree component by component, following
// symlinks (at most MAX_SYMLINK_HOPS), '.' and '..', and checking search permission on each directory.
import { FsError, type DirNode, type FsNode } from './types.ts';
import { demand, X, type Identity } from './access.ts';
import { joinNames, normalizeParts } from './nodes.ts';

/** How many symlinks a single lookup may traverse before ELOOP (Linux's MAXSYMLINKS). */
export const MAX_SYMLINK_HOPS = 40;

/** Where a path leads: its canonical absolute path, the node (undefined when only the last component is missing), its parent directory and last name. */
export interface Lookup {
  path: string;
  node: FsNode | undefined;
  parent: DirNode;
  name: string;
}

/**
 * Walks `p` component by component, following symlinks in the middle and (if `followLast`) at the end.
 * Returns the canonical absolute path and the node (undefined if only the last component is missing).
 */
export function lookup(root: DirNode, identity: Identity | undefined, p: string, followLast: boolean): Lookup {
  let hops = 0;
  const pending = normalizeParts(p);
  const stack: DirNode[] = [root];
  const names: string[] = [];
  let node: FsNode = root;
  while (pending.length > 0) {
    const part = pending.shift()!;
    if (part === '.') continue;
    if (node.type !== 'dir') throw new FsError('ENOTDIR', p);
    if (part === '..') {
      if (stack.length > 1) {
        stack.pop();
        names.pop();
      }
      node = stack[stack.length - 1];
      continue;
    }
    const dir: DirNode = node;
    if (identity) demand(dir, identity, X, p);
    const child = dir.children.get(part);
    if (child === undefined) {
      if (pending.length === 0) return { path: joinNames([...names, part]), node: undefined, parent: dir, name: part };
      throw new FsError('ENOENT', p);
    }
    const isLast = pending.length === 0;
    if (child.type === 'symlink' && (!isLast || followLast)) {
      if (++hops > MAX_SYMLINK_HOPS) throw new FsError('ELOOP', p);
      const target = normalizeParts(child.target);
      if (child.target.startsWith('/')) {
        stack.length = 1;
        names.length = 0;
        node = root;
      } else node = dir;
      pending.unshift(...target);
      continue;
    }
    if (isLast) return { path: joinNames([...names, part]), node: child, parent: dir, name: part };
    stack.push(child as DirNode);
    names.push(part);
    node = child;
  }
  // The path ended on a directory reached through '.', '..' or a followed link.
  const cur = stack[stack.length - 1];
  const parent = stack.length > 1 ? stack[stack.length - 2] : cur;
  return { path: joinNames(names), node: cur, parent, name: names[names.length - 1] ?? '/' };
}
