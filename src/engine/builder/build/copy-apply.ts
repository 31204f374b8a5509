// Writing COPY/ADD sources into a stage's filesystem with Docker's destination rules: a directory
// source copies its contents, a file lands at the destination path or inside it when the destination
// ends in `/` (or is a directory), parents are created, owners become 0:0 or --chown, --chmod sets
// modes, and ADD unpacks a local tar archive (plain or gzip).
import type { DirNode, FsNode } from '../../../vfs/types.ts';
import { cloneNode, makeDir, type Vfs } from '../../../vfs/vfs.ts';
import { applyLayer } from '../../../vfs/layers/apply.ts';
import { readTar } from '../../../vfs/tar/read.ts';
import { encodeUtf8 } from '../../../vfs/utf8.ts';
import type { SourceMatch } from './copy-sources.ts';
import { gunzip, InflateError, isGzip } from './inflate.ts';

/** How copied nodes are owned and moded. */
export interface CopyOptions {
  uid: number;
  gid: number;
  /** Applies --chmod to a mode; undefined keeps the source mode. */
  chmod?: (mode: number, isDir: boolean) => number;
  /** ADD: unpack local tar archives. */
  unpack: boolean;
  /** Seconds since the epoch, for directories the copy creates. */
  now: number;
}

/** Whether a destination names a directory (`/app/`, `.`) rather than a file path. */
export function destIsDirectory(dest: string): boolean {
  return dest.endsWith('/') || dest === '.' || dest.endsWith('/.');
}

/** Copies the matched sources to `dest` (absolute) in `fs`. */
export function copySources(fs: Vfs, matches: readonly SourceMatch[], dest: string, opts: CopyOptions): void {
  const asDir = destIsDirectory(dest) || matches.length > 1 || isDir(fs, dest);
  for (const match of matches) {
    if (match.node.type === 'dir') {
      const target = ensureDir(fs, dest, opts);
      mergeInto(target, match.node, opts);
      continue;
    }
    const archive = opts.unpack && match.node.type === 'file' ? tarArchive(match.node.data) : null;
    if (archive) {
      const target = ensureDir(fs, dest, opts);
      const entries = readTar(archive);
      applyLayer(target, entries);
      if (opts.uid !== 0 || opts.gid !== 0 || opts.chmod) {
        for (const e of entries) chownPath(target, e.path, opts);
      }
      continue;
    }
    const name = match.path.slice(match.path.lastIndexOf('/') + 1);
    const path = asDir ? joinPath(dest, name) : stripSlash(dest);
    placeNode(fs, path, own(cloneNode(match.node), opts), opts);
  }
}

/** Writes inline (heredoc) content as a file: `COPY <<EOF /dest`. */
export function copyInline(fs: Vfs, name: string, data: string, dest: string, single: boolean, opts: CopyOptions): void {
  const asDir = destIsDirectory(dest) || !single || isDir(fs, dest);
  const path = asDir ? joinPath(dest, name) : stripSlash(dest);
  const mode = opts.chmod ? opts.chmod(0o644, false) : 0o644;
  placeNode(fs, path, { type: 'file', data: encodeUtf8(data), mode, uid: opts.uid, gid: opts.gid, mtime: opts.now }, opts);
}

function placeNode(fs: Vfs, path: string, node: FsNode, opts: CopyOptions): void {
  const slash = path.lastIndexOf('/');
  const parent = ensureDir(fs, path.slice(0, slash) || '/', opts);
  const name = path.slice(slash + 1);
  const existing = parent.children.get(name);
  if (existing?.type === 'dir' && node.type === 'dir') mergeInto(existing, node, opts);
  else parent.children.set(name, node);
}

function mergeInto(target: DirNode, source: DirNode, opts: CopyOptions): void {
  for (const [name, child] of source.children) {
    const existing = target.children.get(name);
    if (child.type === 'dir') {
      if (existing?.type === 'dir') {
        Object.assign(existing, metaOf(child, opts));
        mergeInto(existing, child, opts);
      } else {
        const dir: DirNode = { ...makeDir(), ...metaOf(child, opts) };
        target.children.set(name, dir);
        mergeInto(dir, child, opts);
      }
    } else target.children.set(name, own(cloneNode(child), opts));
  }
}

function own<T extends FsNode>(node: T, opts: CopyOptions): T {
  Object.assign(node, metaOf(node, opts));
  if (node.type === 'dir') for (const [name, child] of node.children) node.children.set(name, own(child, opts));
  return node;
}

function metaOf(node: FsNode, opts: CopyOptions): { mode: number; uid: number; gid: number; mtime: number } {
  const mode = opts.chmod && node.type !== 'symlink' ? opts.chmod(node.mode, node.type === 'dir') : node.mode;
  return { mode, uid: opts.uid, gid: opts.gid, mtime: node.mtime };
}

// mkdir -p that follows symlinks already in the image (`/var/run` → `/run`), owning what it creates.
function ensureDir(fs: Vfs, path: string, opts: CopyOptions): DirNode {
  const parts = path.split('/').filter((p) => p && p !== '.');
  let current = '/';
  for (const part of parts) {
    const next = current === '/' ? `/${part}` : `${current}/${part}`;
    if (!fs.exists(next)) {
      const parent = fs.stat(current) as DirNode;
      parent.children.set(part, makeDir({ mode: 0o755, uid: opts.uid, gid: opts.gid, mtime: opts.now }));
    }
    current = fs.realpath(next);
  }
  const node = fs.stat(current);
  if (node.type !== 'dir') throw new Error(`cannot copy to non-directory: ${path}`);
  return node;
}

function chownPath(root: DirNode, path: string, opts: CopyOptions): void {
  let node: FsNode | undefined = root;
  for (const part of path.split('/').filter((p) => p && p !== '.')) node = node?.type === 'dir' ? node.children.get(part) : undefined;
  if (node) Object.assign(node, metaOf(node, opts));
}

function isDir(fs: Vfs, path: string): boolean {
  try {
    return fs.stat(path).type === 'dir';
  } catch {
    return false;
  }
}

// A local tar, plain or gzip-compressed, that ADD unpacks; anything else is copied as a file.
function tarArchive(data: Uint8Array): Uint8Array | null {
  if (isGzip(data)) {
    try {
      const inner = gunzip(data);
      return isTar(inner) ? inner : null;
    } catch (error) {
      if (error instanceof InflateError) return null;
      throw error;
    }
  }
  return isTar(data) ? data : null;
}

function isTar(data: Uint8Array): boolean {
  if (data.length < 512) return false;
  const magic = String.fromCharCode(...data.subarray(257, 262));
  return magic === 'ustar';
}

function joinPath(dir: string, name: string): string {
  return `${dir.replace(/\/+\.?$/, '')}/${name}`.replace(/^\/\//, '/');
}

function stripSlash(path: string): string {
  return path.length > 1 ? path.replace(/\/+$/, '') : path;
}
