// Compares a container's (or build step's) tree with the image tree below it: what `docker diff`
// prints, and the layer `docker commit` and each build step write (changed files plus whiteouts).
import type { DirNode, FsNode } from '../types.ts';
import type { TarEntry } from '../tar/entry.ts';
import { OPAQUE_MARKER, WHITEOUT_PREFIX } from './apply.ts';
import { sameBytes } from '../utf8.ts';

/** One line of `docker diff`: A(dded), C(hanged) or D(eleted), with an absolute path. */
export interface Change {
  kind: 'A' | 'C' | 'D';
  path: string;
}

/** The changes from `lower` to `upper`, sorted by path as docker sorts them. */
export function diffTrees(lower: DirNode, upper: DirNode): Change[] {
  const out: Change[] = [];
  compareDirs(lower, upper, '', out);
  return out.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/** The layer that turns `lower` into `upper`: new and changed entries, and whiteouts for deletions. */
export function layerFromDiff(lower: DirNode, upper: DirNode): TarEntry[] {
  const entries: TarEntry[] = [];
  writeDir(lower, upper, '', entries);
  return entries;
}

/** Every entry of a whole tree, parents first (docker export, and a first layer). */
export function entriesOfTree(root: DirNode, prefix = ''): TarEntry[] {
  const out: TarEntry[] = [];
  for (const name of sortedNames(root)) addAll(root.children.get(name)!, join(prefix, name), out);
  return out;
}

function compareDirs(lower: DirNode, upper: DirNode, path: string, out: Change[]): boolean {
  let changed = false;
  for (const name of lower.children.keys()) {
    if (!upper.children.has(name)) {
      out.push({ kind: 'D', path: `${path}/${name}` });
      changed = true;
    }
  }
  for (const [name, up] of upper.children) {
    const full = `${path}/${name}`;
    const low = lower.children.get(name);
    if (!low || low.type !== up.type) {
      if (low) out.push({ kind: 'D', path: full });
      listAdded(up, full, out);
      changed = true;
    } else if (up.type === 'dir' && low.type === 'dir') {
      const inner = compareDirs(low, up, full, out);
      if (inner || !sameMeta(low, up)) {
        out.push({ kind: 'C', path: full });
        changed = true;
      }
    } else if (!sameLeaf(low, up)) {
      out.push({ kind: 'C', path: full });
      changed = true;
    }
  }
  return changed;
}

function listAdded(node: FsNode, path: string, out: Change[]): void {
  out.push({ kind: 'A', path });
  if (node.type === 'dir') for (const [name, child] of node.children) listAdded(child, `${path}/${name}`, out);
}

function writeDir(lower: DirNode, upper: DirNode, path: string, out: TarEntry[]): void {
  const names = new Set([...lower.children.keys(), ...upper.children.keys()]);
  for (const name of [...names].sort()) {
    const low = lower.children.get(name);
    const up = upper.children.get(name);
    const full = join(path, name);
    if (!up) {
      out.push(whiteout(join(path, WHITEOUT_PREFIX + name), low!));
    } else if (!low || low.type !== up.type) {
      if (up.type === 'dir' && low) {
        // A directory replacing a file: the new directory hides nothing below, but mark it opaque anyway.
        out.push(entryOf(up, full));
        out.push(whiteout(join(full, OPAQUE_MARKER), up));
        for (const n of sortedNames(up)) addAll(up.children.get(n)!, join(full, n), out);
      } else addAll(up, full, out);
    } else if (up.type === 'dir' && low.type === 'dir') {
      const before = out.length;
      writeDir(low, up, full, out);
      if (out.length > before || !sameMeta(low, up)) out.splice(before, 0, entryOf(up, full));
    } else if (!sameLeaf(low, up)) {
      out.push(entryOf(up, full));
    }
  }
}

function addAll(node: FsNode, path: string, out: TarEntry[]): void {
  out.push(entryOf(node, path));
  if (node.type === 'dir') for (const name of sortedNames(node)) addAll(node.children.get(name)!, join(path, name), out);
}

function entryOf(node: FsNode, path: string): TarEntry {
  const meta = { path, mode: node.mode, uid: node.uid, gid: node.gid, mtime: node.mtime };
  if (node.type === 'dir') return { ...meta, type: 'dir' };
  if (node.type === 'symlink') return { ...meta, type: 'symlink', linkTarget: node.target };
  const entry: TarEntry = { ...meta, type: 'file', data: node.data };
  if (node.size !== undefined) entry.declaredSize = node.size;
  return entry;
}

function whiteout(path: string, like: FsNode): TarEntry {
  return { path, type: 'file', mode: 0, uid: 0, gid: 0, mtime: like.mtime, data: new Uint8Array() };
}

function sameMeta(a: FsNode, b: FsNode): boolean {
  return a.mode === b.mode && a.uid === b.uid && a.gid === b.gid && a.mtime === b.mtime;
}

function sameLeaf(a: FsNode, b: FsNode): boolean {
  if (!sameMeta(a, b)) return false;
  if (a.type === 'symlink' && b.type === 'symlink') return a.target === b.target;
  if (a.type === 'file' && b.type === 'file') return a.size === b.size && sameBytes(a.data, b.data);
  return false;
}

function sortedNames(dir: DirNode): string[] {
  return [...dir.children.keys()].sort();
}

function join(dir: string, name: string): string {
  return dir ? `${dir}/${name}` : name;
}
