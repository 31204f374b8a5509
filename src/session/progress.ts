// The learner's progress across lessons: when each checkpoint was first passed, and when each solution
// was first shown. A checkpoint once passed stays passed: later experiments never take it away.
import type { CheckResult, ProgressRecord } from '../protocol/session.ts';
import type { SessionStorage } from './persistence/storage.ts';
import { PROGRESS_KEY, type Progress } from './persistence/saved-state.ts';
import { SOLUTIONS_KEY } from './persistence/progress-stores.ts';

/** Per lesson, per checkpoint: when its solution was first shown (ms since the epoch). */
export type SolutionsShown = Record<string, Record<string, number>>;

/** The passes recorded so far (none when nothing was saved). */
export async function loadProgress(storage: SessionStorage): Promise<Progress> {
  return ((await storage.load(PROGRESS_KEY)) as Progress | undefined) ?? {};
}

/** The solutions shown so far. */
export async function loadSolutionsShown(storage: SessionStorage): Promise<SolutionsShown> {
  return ((await storage.load(SOLUTIONS_KEY)) as SolutionsShown | undefined) ?? {};
}

/** Records first passes at `now`; returns the results with every checkpoint ever passed shown as passed. */
export async function recordPasses(storage: SessionStorage, lessonId: string, results: CheckResult[], now: number): Promise<CheckResult[]> {
  const progress = await loadProgress(storage);
  const mine = (progress[lessonId] ??= {});
  let changed = false;
  const merged = results.map((r) => {
    if (r.passed && !mine[r.id]) {
      mine[r.id] = { passedAt: now };
      changed = true;
    }
    return mine[r.id] ? { id: r.id, title: r.title, passed: true } : r;
  });
  if (changed) await storage.save(PROGRESS_KEY, progress);
  return merged;
}

/** Sets a lesson's passes to exactly `passed` (checkpoint → when), as a verified import does. */
export async function replacePasses(storage: SessionStorage, lessonId: string, passed: Record<string, number>): Promise<void> {
  const progress = await loadProgress(storage);
  progress[lessonId] = Object.fromEntries(Object.entries(passed).map(([id, passedAt]) => [id, { passedAt }]));
  await storage.save(PROGRESS_KEY, progress);
}

/** Records, once, that a checkpoint's solution was shown at `now`. */
export async function recordSolutionShown(storage: SessionStorage, lessonId: string, checkpointId: string, now: number): Promise<void> {
  const shown = await loadSolutionsShown(storage);
  const mine = (shown[lessonId] ??= {});
  if (mine[checkpointId] !== undefined) return;
  mine[checkpointId] = now;
  await storage.save(SOLUTIONS_KEY, shown);
}

/** Forgets a lesson's passes and shown solutions (reset, or before an import replaces them). */
export async function forgetLessonProgress(storage: SessionStorage, lessonId: string): Promise<void> {
  const progress = await loadProgress(storage);
  delete progress[lessonId];
  await storage.save(PROGRESS_KEY, progress);
  const shown = await loadSolutionsShown(storage);
  delete shown[lessonId];
  await storage.save(SOLUTIONS_KEY, shown);
}

/** Passes and shown solutions together, per lesson and checkpoint. */
export async function readProgress(storage: SessionStorage): Promise<ProgressRecord> {
  const progress = await loadProgress(storage);
  const shown = await loadSolutionsShown(storage);
  const out: ProgressRecord = {};
  for (const [lessonId, checkpoints] of Object.entries(progress)) {
    for (const [id, { passedAt }] of Object.entries(checkpoints)) (out[lessonId] ??= {})[id] = { passedAt };
  }
  for (const [lessonId, checkpoints] of Object.entries(shown)) {
    for (const [id, at] of Object.entries(checkpoints)) ((out[lessonId] ??= {})[id] ??= {}).solutionShownAt = at;
  }
  return out;
}
