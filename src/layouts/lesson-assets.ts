// Build-time data that sits beside a lesson's index.mdx: its starting workspace and its checkpoints.
import type { CheckpointSpec, WorkspaceFile } from '../protocol/session.ts';
import { EXTRA_FILES } from '../../lessons/extra-files.ts';

// Vite inlines these at build time; the lesson folders never ship as files of their own.
const checkpointModules = import.meta.glob<CheckpointSpec[]>('/lessons/*/checkpoints.ts', {
  eager: true,
  import: 'checkpoints',
});
const workspaceFiles = import.meta.glob<string>(['/lessons/*/files/**', '/lessons/*/files/**/.*'], {
  eager: true,
  query: '?raw',
  import: 'default',
});

/** `lessons/01-x/files/app/run.sh` → lesson `01-x`, path `app/run.sh`; undefined for other paths. */
function splitWorkspacePath(modulePath: string): { lessonId: string; path: string } | undefined {
  const match = /^\/lessons\/([^/]+)\/files\/(.+)$/.exec(modulePath);
  return match ? { lessonId: match[1], path: match[2] } : undefined;
}

/** The checkpoints a lesson declares in `checkpoints.ts` (none when it has no such file). */
export function lessonCheckpoints(lessonId: string): CheckpointSpec[] {
  return checkpointModules[`/lessons/${lessonId}/checkpoints.ts`] ?? [];
}

/** The lesson's starting workspace from `files/**` and its extra files; shell scripts (*.sh) are executable (0o755). */
export function lessonWorkspace(lessonId: string): WorkspaceFile[] {
  const files: WorkspaceFile[] = [];
  for (const [modulePath, content] of Object.entries(workspaceFiles)) {
    const parts = splitWorkspacePath(modulePath);
    if (!parts || parts.lessonId !== lessonId) continue;
    files.push(parts.path.endsWith('.sh') ? { path: parts.path, content, mode: 0o755 } : { path: parts.path, content });
  }
  // A .git folder and node_modules cannot live in files/ (lessons/extra-files.ts says why).
  files.push(...(EXTRA_FILES[lessonId] ?? []));
  return files.sort((a, b) => a.path.localeCompare(b.path));
}
