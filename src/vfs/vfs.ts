// The in-memory filesystem the shell, programs and engine operate on: a mutable FsNode tree with
// POSIX semantics (symlinks, ENOENT/ENOTDIR/…), shared by the host machine and every container layer.
import { FsError, type DirNode, type FileNode, type FsNode, type SymlinkNode } from './types.ts';
import { demand, demandChown, demandOwner, demandRemove, demandRemoveTree, R, W, X, type Identity } from './access.ts';
import { basename, dirname, normalize } from './path.ts';
import { decodeUtf8, encodeUtf8 } from './utf8.ts';
import { cloneNode, compareNames, makeDir, mergeInto, ownTree, stamp } from './nodes.ts';
import { lookup, type Lookup } from './lookup.ts';
import { appendBytes } from './append.ts';

export { cloneNode, compareNames, makeDir, nodeSize, treeSize } from './nodes.ts';

export { MAX_SYMLINK_HOPS } from './lookup.ts';

/** Options for a Vfs: `clock` returns milliseconds since the epoch (default Date.now) and stamps mtimes. */
export interface VfsOptions {
  clock?: () => number;
  /** Whom the filesystem is used as: new nodes belong to it and permissions are checked for it (none: unchecked, root-owned). */
  identity?: Identity;
  /** Whether a canonical path lies on a read-only mount (`-v src:dst:ro`, `docker run --read-only`): changes there fail with EROFS. */
  readOnly?: (path: string) => boolean;
  /** The file-creation mask (umask(2)): bits cleared from the mode of files and directories created without an explicit one (default 022). */
  umask?: number;
}

/** The umask of a process nobody set one for (login's default). */
export const DEFAULT_UMASK = 0o022;

/** Options for readFile: `want` is how many bytes the reader will take, which an endless device (/dev/urandom) gives. */
export interface ReadOptions {
  want?: number;
}

/** Options for writeFile: metadata for a newly created file, or append instead of truncate. */
export interface WriteOptions {
  mode?: number;
  uid?: number;
  gid?: number;
  append?: boolean;
}

// How often each tree changed, by its root: every Vfs over one tree (`as` views included) moves one count.
const generations = new WeakMap<DirNode, number>();

/** A POSIX-like filesystem over an FsNode tree. Paths are absolute; relative ones are taken from `/`. */
export class Vfs {
  readonly root: DirNode;
  readonly clock: () => number;
  readonly identity?: Identity;
  readonly readOnly?: (path: string) => boolean;
  /** The file-creation mask of whoever uses this view: the shell's `umask` sets it, programs inherit it. */
  umask: number;

  constructor(root?: DirNode, opts: VfsOptions = {}) {
    this.clock = opts.clock ?? (() => Date.now());
    this.identity = opts.identity;
    this.readOnly = opts.readOnly;
    this.umask = opts.umask ?? DEFAULT_UMASK;
    this.root = root ?? makeDir({ mtime: this.now() });
  }

  /** Moves on with every change (and some clock reads): persistence rewrites a tree only when it moved. */
  get generation(): number {
    return generations.get(this.root) ?? 0;
  }

  /** The same tree used as another user (a process's credentials), with this view's umask unless given. */
  as(identity: Identity | undefined, umask = this.umask): Vfs {
    return new Vfs(this.root, { clock: this.clock, identity, readOnly: this.readOnly, umask });
  }

  // A change at canonical `path` on a read-only mount fails as the kernel's mnt_want_write does.
  private writable(path: string, p: string): void {
    if (this.readOnly?.(path)) throw new FsError('EROFS', p);
  }

  // The node a metadata change (chmod, chown, utimes) applies to, on a writable mount: a symlink's target, or with `follow` false the link itself.
  private changing(p: string, follow = true): FsNode {
    const r = this.walk(p, follow);
    if (r.node === undefined) throw new FsError('ENOENT', p);
    this.writable(r.path, p);
    return this.must(p, follow, true);
  }

  // Owner of nodes this filesystem creates when the caller names none.
  private owner(opts: { uid?: number; gid?: number }): { uid: number; gid: number } {
    return { uid: opts.uid ?? this.identity?.uid ?? 0, gid: opts.gid ?? this.identity?.gid ?? 0 };
  }

  /** A filesystem holding only `/`. */
  static empty(opts: VfsOptions = {}): Vfs {
    return new Vfs(undefined, opts);
  }

  /** The clock in whole seconds, as mtimes are stored. */
  now(): number {
    if (this.root) generations.set(this.root, this.generation + 1);
    return Math.floor(this.clock() / 1000);
  }

  /** A deep copy sharing nothing with this one (same clock). */
  clone(): Vfs {
    return new Vfs(cloneNode(this.root), { clock: this.clock, identity: this.identity, umask: this.umask });
  }

  // Resolves `p` in this tree (lookup.ts), checking search permission for this filesystem's user.
  private walk(p: string, followLast: boolean): Lookup {
    return lookup(this.root, this.identity, p, followLast);
  }

  private must(p: string, follow: boolean, change = false): FsNode {
    if (change) generations.set(this.root, this.generation + 1);
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

  /** The contents of a regular file (a regular file is whole whatever `opts.want` says). */
  readFile(p: string, _opts: ReadOptions = {}): Uint8Array {
    const n = this.must(p, true);
    if (n.type === 'dir') throw new FsError('EISDIR', p);
    demand(n, this.identity, R, p);
    return (n as FileNode).data;
  }

  /** The contents of a regular file as UTF-8 text. */
  readText(p: string): string {
    return decodeUtf8(this.readFile(p));
  }

  /** Creates or truncates (or appends to) a file, through a final symlink like open(O_CREAT). */
  writeFile(p: string, data: Uint8Array | string, opts: WriteOptions = {}): void {
    const r = this.walk(p, true);
    const bytes = (typeof data === 'string' ? encodeUtf8(data) : data);
    if (r.node?.type !== 'dir') this.writable(r.path, p);
    if (r.node === undefined) {
      if (p.endsWith('/')) throw new FsError('EISDIR', p);
      demand(r.parent, this.identity, W | X, p);
      r.parent.children.set(r.name, {
        type: 'file',
        mode: opts.mode ?? 0o666 & ~this.umask,
        ...this.owner(opts),
        mtime: this.now(),
        data: bytes.slice(),
      });
      r.parent.mtime = this.now();
      return;
    }
    if (r.node.type === 'dir') throw new FsError('EISDIR', p);
    demand(r.node, this.identity, W, p);
    const f = r.node as FileNode;
    if (opts.append) appendBytes(f, bytes);
    else f.data = bytes.slice();
    delete f.size;
    f.mtime = this.now();
  }

  /** Creates a directory; `recursive` creates parents and accepts an existing directory (mkdir -p). */
  mkdir(p: string, opts: { recursive?: boolean; mode?: number; uid?: number; gid?: number } = {}): void {
    const meta = { mode: opts.mode ?? 0o777 & ~this.umask, ...this.owner(opts), mtime: this.now() };
    if (!opts.recursive) {
      const r = this.walk(p, false);
      if (r.node !== undefined) throw new FsError('EEXIST', p);
      this.writable(r.path, p);
      demand(r.parent, this.identity, W | X, p);
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
        this.writable(r.path, p);
        demand(r.parent, this.identity, W | X, p);
        r.parent.children.set(r.name, makeDir(meta));
        r.parent.mtime = this.now();
      } else if (r.node.type !== 'dir') throw new FsError(cur === abs ? 'EEXIST' : 'ENOTDIR', p);
    }
  }

  /** The names in a directory, sorted by code unit (as `LC_ALL=C ls`). */
  readdir(p: string): string[] {
    const dir = this.dirOf(p);
    demand(dir, this.identity, R, p);
    return [...dir.children.keys()].sort(compareNames);
  }

  /** Removes a file or symlink (unlink(2)); a directory is EISDIR. */
  unlink(p: string): void {
    const r = this.walk(p, false);
    if (r.node === undefined) throw new FsError('ENOENT', p);
    if (r.node.type === 'dir') throw new FsError('EISDIR', p);
    this.writable(r.path, p);
    demandRemove(r.parent, r.node, this.identity, p);
    r.parent.children.delete(r.name);
    r.parent.mtime = this.now();
  }

  /** Removes an empty directory (rmdir(2)). */
  rmdir(p: string): void {
    const r = this.walk(p, false);
    if (r.node === undefined) throw new FsError('ENOENT', p);
    if (r.node.type !== 'dir') throw new FsError('ENOTDIR', p);
    if (r.node === this.root) throw new FsError('EBUSY', p);
    this.writable(r.path, p);
    if (r.node.children.size > 0) throw new FsError('ENOTEMPTY', p);
    demandRemove(r.parent, r.node, this.identity, p);
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
    this.writable(r.path, p);
    demandRemove(r.parent, r.node, this.identity, p);
    demandRemoveTree(r.node, this.identity, p);
    r.parent.children.delete(r.name);
    r.parent.mtime = this.now();
  }

  /** Moves `src` to `dst` with rename(2) rules (replaces a file, or an empty directory with a directory). */
  rename(src: string, dst: string): void {
    const s = this.walk(src, false);
    if (s.node === undefined) throw new FsError('ENOENT', src);
    const d = this.walk(dst, false);
    if (s.node === d.node) return;
    this.writable(s.path, src);
    this.writable(d.path, dst);
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
    demandRemove(s.parent, s.node, this.identity, src);
    if (d.node !== undefined) demandRemove(d.parent, d.node, this.identity, dst);
    else demand(d.parent, this.identity, W | X, dst);
    s.parent.children.delete(s.name);
    d.parent.children.set(d.name, s.node);
    s.parent.mtime = d.parent.mtime = this.now();
  }

  /** Creates a symlink at `p` pointing to `target` (stored as written). */
  symlink(target: string, p: string, meta: { uid?: number; gid?: number } = {}): void {
    const r = this.walk(p, false);
    if (r.node !== undefined) throw new FsError('EEXIST', p);
    this.writable(r.path, p);
    demand(r.parent, this.identity, W | X, p);
    const link: SymlinkNode = { type: 'symlink', target, mode: 0o777, ...this.owner(meta), mtime: this.now() };
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
    const n = this.changing(p);
    demandOwner(n, this.identity, p);
    n.mode = mode & 0o7777;
    n.ctime = this.now();
  }

  /** Sets owner and group (follows symlinks, as chown(2)); an undefined id is left unchanged. */
  chown(p: string, uid?: number, gid?: number): void {
    const n = this.changing(p);
    demandChown(n, this.identity, uid, gid, p);
    if (uid !== undefined) n.uid = uid;
    if (gid !== undefined) n.gid = gid;
    n.ctime = this.now();
  }

  /** Sets the modification time, in seconds since the epoch: a symlink's target's, or with `follow: false` the link's own (lutimes). */
  utimes(p: string, mtime: number, opts: { follow?: boolean } = {}): void {
    const n = this.changing(p, opts.follow ?? true);
    // Setting the time to now needs write permission; any other time needs ownership (utimensat(2)).
    if (mtime === this.now()) demand(n, this.identity, W, p);
    else demandOwner(n, this.identity, p);
    n.mtime = mtime;
    n.ctime = this.now();
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
    demand(n, this.identity, R, src);
    const copy = cloneNode(n);
    if (!opts.preserve) stamp(copy, this.now());
    // A copy is the copier's, its modes masked by the umask, unless told to preserve (cp -p).
    if (!opts.preserve) ownTree(copy, this.owner({}), this.umask);
    const d = this.walk(dst, true);
    this.writable(d.path, dst);
    if (d.node === undefined) demand(d.parent, this.identity, W | X, dst);
    else if (d.node.type === 'file') demand(d.node, this.identity, W, dst);
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

