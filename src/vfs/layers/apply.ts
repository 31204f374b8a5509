// Applies image layers (tar entries with overlay whiteouts) onto a directory tree, the way the
// overlay2 driver stacks them: `.wh.name` deletes name below, `.wh..wh..opq` hides a directory's lower contents.
import type { DirNode, FsNode } from '../types.ts';
import type { TarEntry } from '../tar/entry.ts';
import { makeDir } from '../vfs.ts';

/** The whiteout prefix and the opaque-directory marker of the overlay layer format. */
export const WHITEOUT_PREFIX = '.wh.';
export const OPAQUE_MARKER = '.wh..wh..opq';

/** Applies one layer onto `root` in place. */
export function applyLayer(root: DirNode, entries: readonly TarEntry[]): void {
  // Opaque markers and whiteouts act on what lies below this layer, so they go first.
  for (const entry of entries) {
    const { dir, name } = split(entry.path);
    if (name === OPAQUE_MARKER) {
      const target = lookupDir(root, dir);
      if (target) target.children.clear();
    }
  }
  for (const entry of entries) {
    const { dir, name } = split(entry.path);
    if (name.startsWith(WHITEOUT_PREFIX) && name !== OPAQUE_MARKER) lookupDir(root, dir)?.children.delete(name.slice(WHITEOUT_PREFIX.length));
  }
  for (const entry of entries) {
    const { dir, name } = split(entry.path);
    if (name.startsWith(WHITEOUT_PREFIX)) continue;
    const parent = ensureDir(root, dir, entry.mtime);
    const existing = parent.children.get(name);
    if (entry.type === 'dir') {
      if (existing?.type === 'dir') Object.assign(existing, { mode: entry.mode, uid: entry.uid, gid: entry.gid, mtime: entry.mtime });
      else parent.children.set(name, { ...makeDir({ mode: entry.mode, uid: entry.uid, gid: entry.gid, mtime: entry.mtime }) });
      continue;
    }
    parent.children.set(name, toNode(root, entry));
  }
}

/** A fresh tree holding the layers applied in order (an image's root filesystem). */
export function treeFromLayers(layers: readonly (readonly TarEntry[])[]): DirNode {
  const root = makeDir();
  for (const layer of layers) applyLayer(root, layer);
  return root;
}

function toNode(root: DirNode, entry: TarEntry): FsNode {
  const meta = { mode: entry.mode, uid: entry.uid, gid: entry.gid, mtime: entry.mtime };
  if (entry.type === 'symlink') return { type: 'symlink', target: entry.linkTarget ?? '', ...meta };
  if (entry.type === 'hardlink') {
    // A hard link shares the target's content; the tree has no inode sharing, so it gets a copy.
    const { dir, name } = split(entry.linkTarget ?? '');
    const target = lookupDir(root, dir)?.children.get(name);
    if (target?.type === 'file') return { ...target, data: target.data, ...meta };
    return { type: 'file', data: new Uint8Array(), ...meta };
  }
  const file: FsNode = { type: 'file', data: entry.data ?? new Uint8Array(), ...meta };
  if (entry.declaredSize !== undefined) file.size = entry.declaredSize;
  return file;
}

function split(path: string): { dir: string[]; name: string } {
  const parts = path.split('/').filter((p) => p && p !== '.');
  return { dir: parts.slice(0, -1), name: parts[parts.length - 1] ?? '' };
}

function lookupDir(root: DirNode, parts: readonly string[]): DirNode | undefined {
  let node: FsNode | undefined = root;
  for (const part of parts) {
    node = node?.type === 'dir' ? node.children.get(part) : undefined;
  }
  return node?.type === 'dir' ? node : undefined;
}

function ensureDir(root: DirNode, parts: readonly string[], mtime: number): DirNode {
  let node = root;
  for (const part of parts) {
    let child = node.children.get(part);
    if (child?.type !== 'dir') {
      child = makeDir({ mtime });
      node.children.set(part, child);
    }
    node = child;
  }
  return node;
}
