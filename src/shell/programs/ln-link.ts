// The link(2) and symlink(2) calls ln makes, with their errors as codes. The vfs has no shared inodes:
// a hard link is a copy keeping the metadata (later writes to one name do not show through the other),
// and a hard link to a symlink is another symlink, as Linux's link(2) makes without AT_SYMLINK_FOLLOW.
import type { Vfs } from '../../vfs/vfs.ts';
import { FsError } from '../../vfs/types.ts';

/** Runs a filesystem call (unlink, rename): '' when it worked, else its error code. */
export function fsCall(call: () => void): string {
  try {
    call();
    return '';
  } catch (e) {
    if (e instanceof FsError) return e.code;
    throw e;
  }
}

/** symlink(2) of `target` at absolute `link`: '' or the error code (an empty target is ENOENT, as Linux says). */
export function symlinkAt(fs: Vfs, target: string, link: string): string {
  return fsCall(() => {
    if (target === '') throw new FsError('ENOENT', link);
    fs.symlink(target, link);
  });
}

/** link(2) of absolute `source` at absolute `link`: '' or the error code (a directory's is EPERM, for everyone). */
export function hardLinkAt(fs: Vfs, source: string, link: string): string {
  return fsCall(() => {
    // Linux looks up the source, then makes the new name, then refuses a directory.
    const node = fs.lstat(source);
    if (fs.lexists(link)) throw new FsError('EEXIST', link);
    if (node.type === 'dir') throw new FsError('EPERM', source);
    if (node.type !== 'symlink') fs.copy(source, link, { preserve: true });
    else {
      fs.symlink(node.target, link, { uid: node.uid, gid: node.gid });
      // The same inode's time; a copy made by someone not its owner keeps its own.
      fsCall(() => fs.utimes(link, node.mtime, { follow: false }));
    }
  });
}
