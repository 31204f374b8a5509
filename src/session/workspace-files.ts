// The learner's workspace (their home directory) as the file tree and editor see it: list, read,
// write, rename, delete. Paths are relative to the workspace and may not leave it.
import type { WorkspaceEntry } from '../protocol/workbench.ts';
import type { Vfs } from '../vfs/vfs.ts';
import { HOME, LEARNER_UID } from './host-machine.ts';

/** Thrown with a one-line reason the page shows as is. */
export class WorkspaceError extends Error {}

/** The absolute path of a workspace path; throws for an empty path or one that climbs out. */
export function workspacePath(relative: string): string {
  const parts: string[] = [];
  for (const part of relative.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') throw new WorkspaceError(`${relative}: a path in the workspace may not use ..`);
    parts.push(part);
  }
  if (parts.length === 0) throw new WorkspaceError('The name is empty.');
  return `${HOME}/${parts.join('/')}`;
}

/** Every file and directory under the workspace, sorted by path (hidden ones too: .dockerignore matters). */
export function listWorkspace(fs: Vfs): WorkspaceEntry[] {
  const entries: WorkspaceEntry[] = [];
  const walk = (dir: string, prefix: string) => {
    for (const name of fs.readdir(dir).sort()) {
      const full = `${dir}/${name}`;
      const node = fs.lstat(full);
      const path = prefix + name;
      if (node.type === 'dir') {
        entries.push({ path, kind: 'dir', size: 0 });
        walk(full, `${path}/`);
      } else if (node.type === 'file') {
        entries.push({ path, kind: 'file', size: node.size ?? node.data.length });
      }
    }
  };
  if (fs.exists(HOME)) walk(HOME, '');
  return entries;
}

/** A file's text. */
export function readWorkspaceFile(fs: Vfs, path: string): string {
  const full = workspacePath(path);
  if (!fs.exists(full)) throw new WorkspaceError(`${path}: no such file`);
  if (fs.stat(full).type !== 'file') throw new WorkspaceError(`${path}: is a directory`);
  return fs.readText(full);
}

/** Writes a file as the learner, creating the directories on its way. */
export function writeWorkspaceFile(fs: Vfs, path: string, content: string): void {
  const full = workspacePath(path);
  ensureDirectory(fs, full.slice(0, full.lastIndexOf('/')));
  if (fs.exists(full) && fs.stat(full).type === 'dir') throw new WorkspaceError(`${path}: is a directory`);
  const fresh = !fs.exists(full);
  fs.writeFile(full, content, fresh ? { uid: LEARNER_UID, gid: LEARNER_UID } : {});
}

/** Creates a directory (and its parents) as the learner. */
export function makeWorkspaceDirectory(fs: Vfs, path: string): void {
  const full = workspacePath(path);
  if (fs.exists(full)) throw new WorkspaceError(`${path}: already exists`);
  ensureDirectory(fs, full);
}

/** Renames or moves an entry; the target must not exist yet. */
export function moveWorkspaceEntry(fs: Vfs, from: string, to: string): void {
  const source = workspacePath(from);
  const target = workspacePath(to);
  if (!fs.exists(source)) throw new WorkspaceError(`${from}: no such file or directory`);
  if (fs.exists(target)) throw new WorkspaceError(`${to}: already exists`);
  if (target.startsWith(`${source}/`)) throw new WorkspaceError(`${to}: cannot move a directory into itself`);
  ensureDirectory(fs, target.slice(0, target.lastIndexOf('/')));
  fs.rename(source, target);
}

/** Deletes a file, or a directory with everything in it. */
export function removeWorkspaceEntry(fs: Vfs, path: string): void {
  const full = workspacePath(path);
  if (!fs.lexists(full)) throw new WorkspaceError(`${path}: no such file or directory`);
  fs.rm(full, { recursive: true, force: true });
}

function ensureDirectory(fs: Vfs, dir: string): void {
  if (fs.exists(dir)) {
    if (fs.stat(dir).type !== 'dir') throw new WorkspaceError(`${dir.slice(HOME.length + 1)}: is not a directory`);
    return;
  }
  fs.mkdir(dir, { recursive: true, uid: LEARNER_UID, gid: LEARNER_UID });
}
