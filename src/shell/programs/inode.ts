// Inode numbers and allocated blocks, which the vfs does not keep: made up the same way wherever they
// are shown (ls -i and -s, stat, the `total` of ls -l), so the tools agree with one another.
import type { FsNode } from '../../vfs/types.ts';
import { nodeSize, type Vfs } from '../../vfs/vfs.ts';
import { basename, dirname, join } from '../../vfs/path.ts';

/** The inode number of the file at canonical path `path`: stable per path (FNV-1a), seven digits as on a small ext4 disk. */
export function inodeNumber(path: string): number {
  let h = 2166136261;
  for (let i = 0; i < path.length; i++) h = Math.imul(h ^ path.charCodeAt(i), 16777619) >>> 0;
  return 1000000 + (h % 8000000);
}

/** The space a node takes on disk in KiB, as ext4 allocates it: whole 4 KiB blocks for a file's data and a directory, none for a symlink (kept in its inode) or a device. */
export function allocatedKiB(node: FsNode): number {
  if (node.type === 'dir') return 4;
  if (node.type === 'symlink' || node.device) return 0;
  return Math.ceil(nodeSize(node) / 4096) * 4;
}

/** The canonical path that names the file `p` stands for (its directories' symlinks resolved; the last part too when `follow`), so a file has one inode number however it is reached. */
export function canonicalPath(fs: Vfs, p: string, follow: boolean): string {
  try {
    return follow || p === '/' ? fs.realpath(p) : join(fs.realpath(dirname(p)), basename(p));
  } catch {
    return p;
  }
}
