// Progress files: export each lesson's command log and claimed passes; import one by replaying each
// lesson's log into a fresh machine, keeping only the passes the replay verifies.
import type { ImportReport, LessonSetup, ProgressExport } from '../protocol/session.ts';
import type { SessionStorage } from './persistence/storage.ts';
import { loadLesson, removeLesson } from './persistence/lesson-store.ts';
import { loadProgress, loadSolutionsShown, readProgress, SOLUTIONS_KEY } from './progress.ts';
import { PROGRESS_KEY } from './persistence/saved-state.ts';
import { replayLesson } from './replay.ts';

/** A progress file for the given lessons: each one's start time, command log and checkpoints. */
export async function exportProgress(storage: SessionStorage, lessonIds: string[], learner?: string): Promise<ProgressExport> {
  const progress = await readProgress(storage);
  const lessons: ProgressExport['lessons'] = {};
  for (const lessonId of lessonIds) {
    const saved = await loadLesson(storage, lessonId);
    if (!saved && !progress[lessonId]) continue;
    const log = saved?.log ?? [];
    lessons[lessonId] = { startedAt: saved?.startedAt ?? log[0]?.at ?? 0, log, checkpoints: progress[lessonId] ?? {} };
  }
  return { format: 'docker-workbook-progress', version: 1, ...(learner ? { learner } : {}), exportedAt: Date.now(), lessons };
}

/** Reads a progress file (throws with the reason when it is not one) and replays each known lesson. */
export async function importProgress(storage: SessionStorage, data: unknown, setups: LessonSetup[]): Promise<ImportReport> {
  const { parseProgressFile } = await import('../checkpoints/progress-file.ts');
  const file = parseProgressFile(data);
  const report: ImportReport = { lessons: [], unknown: [] };
  const shown = await loadSolutionsShown(storage);
  for (const [lessonId, lesson] of Object.entries(file.lessons)) {
    const setup = setups.find((s) => s.lessonId === lessonId);
    if (!setup) {
      report.unknown.push(lessonId);
      continue;
    }
    // The file's log replaces this device's machine and passes for the lesson, so what a later
    // export claims is always what its log reproduces.
    await removeLesson(storage, lessonId);
    const progress = await loadProgress(storage);
    delete progress[lessonId];
    await storage.save(PROGRESS_KEY, progress);
    const verified = await replayLesson(storage, setup, lesson);
    const claimed = Object.keys(lesson.checkpoints).filter((id) => lesson.checkpoints[id].passedAt !== undefined);
    report.lessons.push({ lessonId, claimed, verified: Object.keys(verified) });
    for (const [id, entry] of Object.entries(lesson.checkpoints)) {
      if (entry.solutionShownAt !== undefined) (shown[lessonId] ??= {})[id] ??= entry.solutionShownAt;
    }
  }
  await storage.save(SOLUTIONS_KEY, shown);
  return report;
}
