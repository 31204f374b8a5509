// The progress file a learner exports and a teacher grades: validated before anything trusts its shape.
import { z } from 'zod';
import type { ProgressExport } from '../protocol/session.ts';
import { RENAMED_LESSONS } from '../../lessons/plan.ts';

const time = z.number().finite().nonnegative().describe('Milliseconds since the epoch.');

const exportSchema = z.object({
  format: z.literal('docker-workbook-progress').describe('Marks the file as a Docker Images Workbook progress export.'),
  version: z.literal(1).describe('The file format version.'),
  learner: z.string().optional().describe('Who exported it, as they typed it.'),
  exportedAt: time,
  lessons: z
    .record(
      z.string().min(1),
      z.object({
        startedAt: time.describe('When the lesson machine started (its clock).'),
        log: z.array(z.object({ line: z.string(), exitCode: z.number().int(), at: time })).describe('Every line typed, oldest first.'),
        checkpoints: z
          .record(z.string(), z.object({ passedAt: time.optional(), solutionShownAt: time.optional() }))
          .describe('What the file claims: per checkpoint, when it passed and when its solution was shown.'),
      }),
    )
    .describe('Per lesson folder name (01-what-is-an-image …).'),
});

/** Thrown when a file is not a progress export; the message says what is wrong with it. */
export class ProgressFileError extends Error {
  readonly code = 'INVALID_PROGRESS_FILE';
  constructor(message: string) {
    super(message);
    this.name = 'ProgressFileError';
  }
}

/** Validates parsed JSON as a progress export; throws ProgressFileError naming the first problems. */
export function parseProgressFile(data: unknown): ProgressExport {
  const result = exportSchema.safeParse(data);
  if (result.success) return withCurrentLessonIds(result.data);
  const problems = result.error.issues.slice(0, 3).map((i) => `${i.path.join('.') || '(top level)'}: ${i.message}`);
  throw new ProgressFileError(`This is not a Docker Images Workbook progress file (${problems.join('; ')}).`);
}

// A file written before a lesson moved names its old folder: its log counts for the new one. When the
// file has both, the new folder's own record wins and the old one stays under its old (unknown) name.
function withCurrentLessonIds(file: ProgressExport): ProgressExport {
  const lessons = { ...file.lessons };
  for (const [old, current] of Object.entries(RENAMED_LESSONS)) {
    if (!(old in lessons) || current in lessons) continue;
    lessons[current] = lessons[old];
    delete lessons[old];
  }
  return { ...file, lessons };
}
