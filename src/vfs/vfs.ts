// The in-memory filesystem the shell, programs and engine operate on: a mutable FsNode tree with
// POSIX semantics (symlinks, ENOENT/ENOTDIR/…), shared by the host machine and every container layer.
import { FsError, type DirNode, type FileNode, type FsNode, type NodeMeta, type SymlinkNode } from './types.ts';
import { basename, dirname, normalize } from './path.ts';
import { decodeUtf8, encodeUtf8 } from './utf8.ts';

/** How many symlinks a single lookup may traverse before ELOOP (Linux's MAXSYMLINKS). */
export const MAX_SYMLINK_HOPS = 40;

/** Options for a Vfs: `clock` returns milliseconds since the epoch (default Date.now) and stamps mtimes. */
export interface VfsOptions {
  clock?: () => number;
}

/** Options for writeFile: metadata for a newly created file, or append instead of truncate. */
export interface WriteOptions {
  mode?: number;
  uid?: number;
  gid?: number;
  append?: boolean;
}

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

function toBytes(data: Uint8Array | string): Uint8Array {
  return typeof data === 'string' ? encodeUtf8(data) : data;
}

/** A POSIX-like filesystem over an FsNode tree. Paths are absolute; relative ones are taken from `/`. */
export class Vfs {
  readonly root: DirNode;
  readonly clock: () => number;

  constructor(root?: DirNode, opts: VfsOptions = {}) {
    this.clock = opts.clock ?? (() => Date.now());
    this.root = root ?? makeDir({ mtime: this.now() });
  }

  /** A filesystem holding only `/`. */
  static empty(opts: VfsOptions = {}): Vfs {
    return new Vfs(undefined, opts);
  }

  /** The clock in whole seconds, as mtimes are stored. */
  now(): number {
    return Math.floor(this.clock() / 1000);
  }

  /** A deep copy sharing nothing with this one (same clock). */
  clone(): Vfs {
    return new Vfs(cloneNode(this.root), { clock: this.clock });
  }

  /**
   * Walks `p` component by component, following symlinks in the middle and (if `followLast`) at the end.
   * Returns the canonical absolute path and the node (undefined if only the last component is missing).
   */
  private walk(p: string, followLast: boolean): { path: string; node: FsNode | undefined; parent: DirNode; name: string } {
    let hops = 0;
    const pending = normalizeParts(p);
    const stack: DirNode[] = [this.root];
    const names: string[] = [];
    let node: FsNode = this.root;
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
          node = this.root;
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

  private must(p: string, follow: boolean): FsNode {
    const r = this.walk(p, follow);
    if (r.node === undefined) throw new FsError('ENOENT', p);
    return r.node;
  }

  private dirOf(p: string): DirNode {
    const n = this.must(p, true);
    if (n.type !== 'dir') throw new FsError('ENOTDIR', p);
    return n;
  }

  /** The node at `p`, following symlinks (stat(2)). */
  stat(p: string): FsNode {
    return this.must(p, true);
  }

  /** The node at `p` itself, a symlink if it is one (lstat(2)). */
  lstat(p: string): FsNode {
    return this.must(p, false);
  }

  /** Whether `p` resolves to something (a dangling symlink does not exist). */
  exists(p: string): boolean {
    try {
      return this.walk(p, true).node !== undefined;
    } catch {
      return false;
    }
  }

  /** Whether `p` exists without following a final symlink. */
  lexists(p: string): boolean {
    try {
      return this.walk(p, false).node !== undefined;
    } catch {
      return false;
    }
  }

  /** The canonical absolute path of an existing `p`, symlinks resolved (realpath(3)). */
  realpath(p: string): string {
    const r = this.walk(p, true);
    if (r.node === undefined) throw new FsError('ENOENT', p);
    return r.path;
  }

  /** The contents of a regular file. */
  readFile(p: string): Uint8Array {
    const n = this.must(p, true);
    if (n.type === 'dir') throw new FsError('EISDIR', p);
    return (n as FileNode).data;
  }

  /** The contents of a regular file as UTF-8 text. */
  readText(p: string): string {
    return decodeUtf8(this.readFile(p));
  }

  /** Creates or truncates (or appends to) a file, through a final symlink like open(O_CREAT). */
  writeFile(p: string, data: Uint8Array | string, opts: WriteOptions = {}): void {
    const r = this.walk(p, true);
    const bytes = toBytes(data);
    if (r.node === undefined) {
      if (p.endsWith('/')) throw new FsError('EISDIR', p);
      r.parent.children.set(r.name, {
        type: 'file',
        mode: opts.mode ?? 0o644,
        uid: opts.uid ?? 0,
        gid: opts.gid ?? 0,
        mtime: this.now(),
        data: bytes.slice(),
      });
      r.parent.mtime = this.now();
      return;
    }
    if (r.node.type === 'dir') throw new FsError('EISDIR', p);
    const f = r.node as FileNode;
    if (opts.append) {
      const merged = new Uint8Array(f.data.length + bytes.length);
      merged.set(f.data);
      merged.set(bytes, f.data.length);
      f.data = merged;
    } else f.data = bytes.slice();
    delete f.size;
    f.mtime = this.now();
  }

  /** Creates a directory; `recursive` creates parents and accepts an existing directory (mkdir -p). */
  mkdir(p: string, opts: { recursive?: boolean; mode?: number; uid?: number; gid?: number } = {}): void {
    const meta = { mode: opts.mode ?? 0o755, uid: opts.uid ?? 0, gid: opts.gid ?? 0, mtime: this.now() };
    if (!opts.recursive) {
      const r = this.walk(p, false);
      if (r.node !== undefined) throw new FsError('EEXIST', p);
      r.parent.children.set(r.name, makeDir(meta));
      r.parent.mtime = this.now();
      return;
    }
    const abs = normalize(p.startsWith('/') ? p : '/' + p);
    let cur = '';
    for (const part of abs.split('/').filter(Boolean)) {
      cur += '/' + part;
      const r = this.walk(cur, true);
      if (r.node === undefined) {
        r.parent.children.set(r.name, makeDir(meta));
        r.parent.mtime = this.now();
      } else if (r.node.type !== 'dir') throw new FsError(cur === abs ? 'EEXIST' : 'ENOTDIR', p);
    }
  }

  /** The names in a directory, sorted by code unit (as `LC_ALL=C ls`). */
  readdir(p: string): string[] {
    return [...this.dirOf(p).children.keys()].sort(compareNames);
  }

  /** Removes a file or symlink (unlink(2)); a directory is EISDIR. */
  unlink(p: string): void {
    const r = this.walk(p, false);
    if (r.node === undefined) throw new FsError('ENOENT', p);
    if (r.node.type === 'dir') throw new FsError('EISDIR', p);
    r.parent.children.delete(r.name);
    r.parent.mtime = this.now();
  }

  /** Removes an empty directory (rmdir(2)). */
  rmdir(p: string): void {
    const r = this.walk(p, false);
    if (r.node === undefined) throw new FsError('ENOENT', p);
    if (r.node.type !== 'dir') throw new FsError('ENOTDIR', p);
    if (r.node === this.root) throw new FsError('EBUSY', p);
    if (r.node.children.size > 0) throw new FsError('ENOTEMPTY', p);
    r.parent.children.delete(r.name);
    r.parent.mtime = this.now();
  }

  /** Removes a path; `recursive` removes directories with their contents, `force` ignores a missing path. */
  rm(p: string, opts: { recursive?: boolean; force?: boolean } = {}): void {
    const r = this.walk(p, false);
    if (r.node === undefined) {
      if (opts.force) return;
      throw new FsError('ENOENT', p);
    }
    if (r.node.type === 'dir') {
      if (!opts.recursive) throw new FsError('EISDIR', p);
      if (r.node === this.root) throw new FsError('EBUSY', p);
    }
    r.parent.children.delete(r.name);
    r.parent.mtime = this.now();
  }

  /** Moves `src` to `dst` with rename(2) rules (replaces a file, or an empty directory with a directory). */
  rename(src: string, dst: string): void {
    const s = this.walk(src, false);
    if (s.node === undefined) throw new FsError('ENOENT', src);
    const d = this.walk(dst, false);
    if (s.node === d.node) return;
    if (s.node.type === 'dir') {
      if (s.node === this.root) throw new FsError('EBUSY', src);
      if (d.path === s.path || d.path.startsWith(s.path + '/')) throw new FsError('EINVAL', dst);
    }
    if (d.node !== undefined) {
      if (d.node.type === 'dir') {
        if (s.node.type !== 'dir') throw new FsError('EISDIR', dst);
        if (d.node.children.size > 0) throw new FsError('ENOTEMPTY', dst);
      } else if (s.node.type === 'dir') throw new FsError('ENOTDIR', dst);
    }
    s.parent.children.delete(s.name);
    d.parent.children.set(d.name, s.node);
    s.parent.mtime = d.parent.mtime = this.now();
  }

  /** Creates a symlink at `p` pointing to `target` (stored as written). */
  symlink(target: string, p: string, meta: { uid?: number; gid?: number } = {}): void {
    const r = this.walk(p, false);
    if (r.node !== undefined) throw new FsError('EEXIST', p);
    const link: SymlinkNode = { type: 'symlink', target, mode: 0o777, uid: meta.uid ?? 0, gid: meta.gid ?? 0, mtime: this.now() };
    r.parent.children.set(r.name, link);
    r.parent.mtime = this.now();
  }

  /** The target of a symlink as written; EINVAL if `p` is not a symlink. */
  readlink(p: string): string {
    const n = this.must(p, false);
    if (n.type !== 'symlink') throw new FsError('EINVAL', p);
    return n.target;
  }

  /** Sets permission bits (follows symlinks, as chmod(2)). */
  chmod(p: string, mode: number): void {
    this.must(p, true).mode = mode & 0o7777;
  }

  /** Sets owner and group (follows symlinks, as chown(2)); an undefined id is left unchanged. */
  chown(p: string, uid?: number, gid?: number): void {
    const n = this.must(p, true);
    if (uid !== undefined) n.uid = uid;
    if (gid !== undefined) n.gid = gid;
  }

  /** Sets the modification time, in seconds since the epoch (follows symlinks). */
  utimes(p: string, mtime: number): void {
    this.must(p, true).mtime = mtime;
  }

  /** Copies `src` to the new path `dst`; directories need `recursive` (symlinks inside are copied as links). */
  copy(src: string, dst: string, opts: { recursive?: boolean; preserve?: boolean } = {}): void {
    const n = this.must(src, true);
    if (n.type === 'dir' && !opts.recursive) throw new FsError('EISDIR', src);
    if (n.type === 'dir') {
      const s = this.realpath(src);
      const dparent = this.realpath(dirname(normalize(dst.startsWith('/') ? dst : '/' + dst)));
      const dpath = (dparent === '/' ? '' : dparent) + '/' + basename(dst);
      if (dpath === s || dpath.startsWith(s + '/')) throw new FsError('EINVAL', dst);
    }
    const copy = cloneNode(n);
    if (!opts.preserve) stamp(copy, this.now());
    const d = this.walk(dst, true);
    if (d.node !== undefined) {
      if (d.node.type === 'dir' && copy.type !== 'dir') throw new FsError('EISDIR', dst);
      if (d.node.type !== 'dir' && copy.type === 'dir') throw new FsError('ENOTDIR', dst);
      if (d.node.type === 'file' && copy.type === 'file') {
        d.node.data = copy.data;
        d.node.mtime = copy.mtime;
        return;
      }
      if (d.node.type === 'dir' && copy.type === 'dir') {
        mergeInto(d.node, copy);
        return;
      }
    }
    d.parent.children.set(d.name, copy);
    d.parent.mtime = this.now();
  }

  /** Every path under `p` (depth first, sorted, `p` itself first), without following symlinks below it. */
  *walkTree(p: string): Generator<{ path: string; node: FsNode; depth: number }> {
    const start = this.must(p, true);
    const rec = function* (path: string, node: FsNode, depth: number): Generator<{ path: string; node: FsNode; depth: number }> {
      yield { path, node, depth };
      if (node.type !== 'dir') return;
      for (const name of [...node.children.keys()].sort(compareNames)) {
        yield* rec(path === '/' ? '/' + name : path + '/' + name, node.children.get(name)!, depth + 1);
      }
    };
    yield* rec(p, start, 0);
  }
}

function stamp(n: FsNode, t: number): void {
  n.mtime = t;
  if (n.type === 'dir') for (const c of n.children.values()) stamp(c, t);
}

function mergeInto(dst: DirNode, src: DirNode): void {
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

function normalizeParts(p: string): string[] {
  return p.split('/').filter((x) => x !== '');
}

function joinNames(names: string[]): string {
  return '/' + names.join('/');
}

/** The size `ls -l` and `stat` report for a node. */
export function nodeSize(n: FsNode): number {
  if (n.type === 'file') return n.size ?? n.data.length;
  if (n.type === 'symlink') return encodeUtf8(n.target).length;
  return 4096;
}
