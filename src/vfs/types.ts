// The in-memory filesystem's data model: plain objects, so a tree can be cloned, diffed against a
// lower layer, serialised to IndexedDB and written to a tar.

/** Metadata every node carries, as a tar header or `stat` would show it. */
export interface NodeMeta {
  mode: number; // permission bits only (0o755), the type is `type`
  uid: number;
  gid: number;
  mtime: number; // seconds since the epoch
  /** When chmod, chown or utimes last changed the node (st_ctime), if after mtime; absent means mtime. */
  ctime?: number;
}

/** A regular file. `size` declares the size of a sized stand-in (a big binary we do not ship); else data.length. */
export interface FileNode extends NodeMeta {
  type: 'file';
  data: Uint8Array;
  size?: number;
  /** A character device's numbers (/dev/null is 1, 3): only the kernel's /dev view makes these. */
  device?: { major: number; minor: number };
}

/** A directory; children are kept in a Map so lookups are cheap and listing order is ours to sort. */
export interface DirNode extends NodeMeta {
  type: 'dir';
  children: Map<string, FsNode>;
}

/** A symbolic link; `target` is stored as written (relative or absolute). */
export interface SymlinkNode extends NodeMeta {
  type: 'symlink';
  target: string;
}

/** Any node of the tree. */
export type FsNode = FileNode | DirNode | SymlinkNode;

/** The POSIX error codes the filesystem raises; programs turn them into their own messages. */
export type FsErrorCode = 'ENOENT' | 'EEXIST' | 'ENOTDIR' | 'EISDIR' | 'ENOTEMPTY' | 'EACCES' | 'EINVAL' | 'ELOOP' | 'EBUSY' | 'EPERM' | 'EROFS';

/** Raised by every filesystem operation that fails; `path` is the path the caller gave. */
export class FsError extends Error {
  constructor(
    readonly code: FsErrorCode,
    readonly path: string,
  ) {
    super(`${code}: ${path}`);
    this.name = 'FsError';
  }
}
