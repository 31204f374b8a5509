// Reads the lesson folders from disk in Node (grading, lesson CI): checkpoints, starting workspace, solution.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { LessonDefinition } from '../../checkpoints/authoring.ts';
import type { LessonSetup } from '../../protocol/session.ts';
import { readWorkspace } from '../workspace.ts';
import { EXTRA_FILES } from '../../../lessons/extra-files.ts';

/** A lesson as the grader and lesson CI see it. */
export interface LessonOnDisk extends LessonSetup {
  dir: string;
  definition: LessonDefinition;
  /** The lesson's `solution.sh`, or undefined when it has none. */
  solution?: string;
}

/** The repository's `lessons/` folder. */
export const LESSONS_DIR = resolve(import.meta.dirname, '../../../lessons');

/** Every lesson folder (`NN-slug` with a checkpoints.ts), in order; each checkpoints.ts is validated as it loads. */
export async function loadLessons(dir = LESSONS_DIR): Promise<LessonOnDisk[]> {
  const out: LessonOnDisk[] = [];
  for (const name of readdirSync(dir).sort()) {
    const lessonDir = join(dir, name);
    if (!/^\d\d-/.test(name) || !existsSync(join(lessonDir, 'checkpoints.ts'))) continue;
    const module = (await import(pathToFileURL(join(lessonDir, 'checkpoints.ts')).href)) as Partial<LessonDefinition>;
    const definition: LessonDefinition = { lessonId: name, checkpoints: module.checkpoints ?? [], nearMisses: module.nearMisses ?? [] };
    const files = join(lessonDir, 'files');
    const solutionPath = join(lessonDir, 'solution.sh');
    out.push({
      lessonId: name,
      dir: lessonDir,
      definition,
      checkpoints: definition.checkpoints,
      // As the site ships them (src/layouts/lesson-assets.ts): *.sh executable, the rest 0644.
      workspace: [
        ...(existsSync(files) ? readWorkspace(files).filter((f) => !f.directory).map((f) => ({ path: f.path, content: f.content, ...(f.path.endsWith('.sh') ? { mode: 0o755 } : {}) })) : []),
        ...(EXTRA_FILES[name] ?? []),
      ],
      solution: existsSync(solutionPath) ? readFileSync(solutionPath, 'utf8') : undefined,
    });
  }
  return out;
}

/** A script as a command log to replay: one entry per line (a heredoc's lines join up as they are fed). */
export function scriptToLog(script: string, at = 0): { line: string; exitCode: number; at: number }[] {
  const lines = script.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  return lines.map((line) => ({ line, exitCode: 0, at }));
}
