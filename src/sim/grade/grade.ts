// Grades learners' progress files: each lesson's command log is replayed in a fresh headless machine,
// every checkpoint re-evaluated after every command, and what the file claims compared with that.
import { memoryStorage } from '../../session/persistence/storage.ts';
import { replayLesson } from '../../session/replay.ts';
import { parseProgressFile } from '../../checkpoints/progress-file.ts';
import type { LessonOnDisk } from './lessons.ts';

/** One checkpoint of one lesson for one learner. */
export interface GradeRow {
  learner: string;
  lesson: string;
  checkpoint: string;
  title: string;
  claimed: boolean;
  verified: boolean;
  /** Set when the learner asked to see this checkpoint's solution. */
  solutionShown: boolean;
  /** A pass the file claims that its own log does not reproduce (an edited file, or another site version). */
  flagged: boolean;
}

/** A learner's result: the rows, plus lessons in the file this repository does not have. */
export interface LearnerGrade {
  learner: string;
  source: string;
  rows: GradeRow[];
  unknownLessons: string[];
}

/** Grades one parsed progress file (JSON); `source` names it (the file name) when the file has no learner. */
export async function gradeProgress(data: unknown, source: string, lessons: readonly LessonOnDisk[]): Promise<LearnerGrade> {
  const file = parseProgressFile(data);
  const learner = file.learner?.trim() || source;
  const rows: GradeRow[] = [];
  const unknownLessons = Object.keys(file.lessons).filter((id) => !lessons.some((l) => l.lessonId === id));
  for (const lesson of lessons) {
    const exported = file.lessons[lesson.lessonId];
    const verified = exported ? await replayLesson(memoryStorage(), lesson, exported) : {};
    for (const cp of lesson.checkpoints) {
      const claim = exported?.checkpoints[cp.id];
      const claimed = claim?.passedAt !== undefined;
      const ok = verified[cp.id] !== undefined;
      rows.push({
        learner,
        lesson: lesson.lessonId,
        checkpoint: cp.id,
        title: cp.title,
        claimed,
        verified: ok,
        solutionShown: claim?.solutionShownAt !== undefined,
        flagged: claimed && !ok,
      });
    }
  }
  return { learner, source, rows, unknownLessons };
}
