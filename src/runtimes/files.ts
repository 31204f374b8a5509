// The container's files as a runtime worker sees them: a snapshot goes in when a process starts, and
// the files it wrote, the directories it made and the paths it removed come back into the Vfs.
import type { Vfs } from '../vfs/vfs.ts';
import type { FsNode } from '../vfs/types.ts';

/** The files, directories and symlinks a worker starts with. */
export interface FileSnapshot {
  dirs: string[];
  files: [string, Uint8Array][];
  links: [string, string][];
}

/** What a worker's program changed in its copy of the files. */
export interface FileChanges {
  written: [string, Uint8Array][];
  made: string[];
  removed: string[];
}

// Kernel filesystems: the runtimes have none of their own to offer, and they are not files to copy.
const SKIP = new Set(['/proc', '/sys', '/dev']);

/** Copies the machine's tree (bytes are shared, not cloned: the worker copies on postMessage). */
export function snapshotOf(fs: Vfs): FileSnapshot {
  const out: FileSnapshot = { dirs: [], files: [], links: [] };
  const walk = (dir: string, node: FsNode) => {
    if (node.type !== 'dir') return;
    for (const [name, child] of node.children) {
      const path = dir === '/' ? `/${name}` : `${dir}/${name}`;
      if (SKIP.has(path)) continue;
      if (child.type === 'dir') {
        out.dirs.push(path);
        walk(path, child);
      } else if (child.type === 'file') out.files.push([path, child.data]);
      else out.links.push([path, child.target]);
    }
  };
  walk('/', fs.lstat('/'));
  return out;
}

/** Applies a worker's changes to the machine; a path the process may not write is left as it was. */
export function applyChanges(fs: Vfs, changes: FileChanges): void {
  const attempt = (f: () => void) => {
    try {
      f();
    } catch {
      /* permission denied or a parent gone: the real write would have failed too */
    }
  };
  for (const dir of changes.made) attempt(() => fs.mkdir(dir, { recursive: true }));
  for (const [path, data] of changes.written) attempt(() => fs.writeFile(path, data));
  for (const path of changes.removed) attempt(() => fs.rm(path, { recursive: true, force: true }));
}
