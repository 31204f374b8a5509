// Progress files: export each lesson's command log and claimed passes; import one by replaying each
// lesson's log into a fresh machine, apart from the learner's own, and swapping the replays in only
// when every one finished (and, on the page, when the learner confirms).
import type { ImportReport, LessonSetup, ProgressExport } from '../protocol/session.ts';
import type { SessionStorage } from './persistence/storage.ts';
import type { Machine } from './machine.ts';
import { readLessonLog } from './persistence/load.ts';
import { loadSolutionsShown, readProgress } from './progress.ts';
import { SOLUTIONS_KEY } from './persistence/progress-stores.ts';
import { keepReplayed, replayMachine } from './replay.ts';

/** A progress file for the given lessons: each one's start time, command log and checkpoints. */
export async function exportProgress(storage: SessionStorage, lessonIds: string[], learner?: string): Promise<ProgressExport> {
  const progress = await readProgress(storage);
  const lessons: ProgressExport['lessons'] = {};
  for (const lessonId of lessonIds) {
    const saved = await readLessonLog(storage, lessonId);
    if (!saved && !progress[lessonId]) continue;
    const log = saved?.log ?? [];
    lessons[lessonId] = { startedAt: saved?.startedAt ?? log[0]?.at ?? 0, log, checkpoints: progress[lessonId] ?? {} };
  }
  return { format: 'docker-workbook-progress', version: 1, ...(learner ? { learner } : {}), exportedAt: Date.now(), lessons };
}

/** Replayed lessons waiting for the learner's word; nothing of theirs has changed yet. */
export interface StagedImport {
  report: ImportReport;
  replays: { lessonId: string; machine: Machine; passed: Record<string, number>; shown: Record<string, number> }[];
}

/** How an import reports its progress: commands replayed so far, out of all the file's known lessons'. */
export type ImportProgress = (done: number, total: number) => void;

/** Reads a progress file (throws with the reason when it is not one) and replays each known lesson apart. */
export async function stageImport(data: unknown, setups: LessonSetup[], signal?: AbortSignal, onProgress?: ImportProgress): Promise<StagedImport> {
  const { parseProgressFile } = await import('../checkpoints/progress-file.ts');
  const file = parseProgressFile(data);
  const staged: StagedImport = { report: { lessons: [], unknown: [] }, replays: [] };
  const known = Object.entries(file.lessons).filter(([lessonId]) => setups.some((s) => s.lessonId === lessonId));
  const total = known.reduce((n, [, lesson]) => n + lesson.log.length, 0);
  let before = 0;
  for (const [lessonId, lesson] of Object.entries(file.lessons)) {
    const setup = setups.find((s) => s.lessonId === lessonId);
    if (!setup) {
      staged.report.unknown.push(lessonId);
      continue;
    }
    const { machine, passed } = await replayMachine(setup, lesson, { signal, onCommand: (done) => onProgress?.(before + done, total) });
    before += lesson.log.length;
    const claimed = Object.keys(lesson.checkpoints).filter((id) => lesson.checkpoints[id].passedAt !== undefined);
    staged.report.lessons.push({ lessonId, claimed, verified: Object.keys(passed) });
    const shown = Object.fromEntries(Object.entries(lesson.checkpoints).flatMap(([id, e]) => (e.solutionShownAt === undefined ? [] : [[id, e.solutionShownAt]])));
    staged.replays.push({ lessonId, machine, passed, shown });
  }
  return staged;
}

/** Swaps staged replays in: each lesson's machine and passes are replaced, shown solutions merged. */
export async function commitImport(storage: SessionStorage, staged: StagedImport): Promise<void> {
  const shown = await loadSolutionsShown(storage);
  for (const replay of staged.replays) {
    // The file's log replaces this device's machine and passes for the lesson, so what a later
    // export claims is always what its log reproduces.
    await keepReplayed(storage, replay.lessonId, replay.machine, replay.passed);
    // Saved: the page's session carries on from storage, so the replay's own processes stop.
    replay.machine.shutDown();
    for (const [id, at] of Object.entries(replay.shown)) (shown[replay.lessonId] ??= {})[id] ??= at;
  }
  await storage.save(SOLUTIONS_KEY, shown);
}

/** Stage and commit in one step (for callers that confirmed beforehand). */
export async function importProgress(storage: SessionStorage, data: unknown, setups: LessonSetup[]): Promise<ImportReport> {
  const staged = await stageImport(data, setups);
  await commitImport(storage, staged);
  return staged.report;
}
