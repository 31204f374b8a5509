// Reads a folder on disk into the workspace files a session starts with (files, folders and modes).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { WorkspaceFile } from '../protocol/session.ts';

/** Every file and folder below `dir`, with paths relative to it. */
export function readWorkspace(dir: string): WorkspaceFile[] {
  const out: WorkspaceFile[] = [];
  const walk = (at: string) => {
    for (const name of readdirSync(at).sort()) {
      const full = join(at, name);
      const stat = statSync(full);
      const path = relative(dir, full).split('\\').join('/');
      if (stat.isDirectory()) {
        out.push({ path, content: '', mode: stat.mode & 0o7777, directory: true });
        walk(full);
      } else if (stat.isFile()) {
        out.push({ path, content: readFileSync(full, 'utf8'), mode: stat.mode & 0o7777 });
      }
    }
  };
  walk(dir);
  return out;
}
