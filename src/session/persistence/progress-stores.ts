// The progress and solutions records are shared by every lesson: a damaged one must not make every
// later checkpoint fail. Checked once when a lesson starts; the sound entries are kept.
import type { SessionStorage } from './storage.ts';
import { PROGRESS_KEY, setAsideKey } from './saved-state.ts';

/** Storage key: per lesson, per checkpoint, when the learner first asked for its solution. */
export const SOLUTIONS_KEY = 'solutions';

/** Validates both records, keeps their sound entries, sets the damaged originals aside; returns what was damaged. */
export async function checkProgressStores(storage: SessionStorage): Promise<string[]> {
  const s = await import('./schema.ts');
  const problems: string[] = [];
  for (const [key, schema, entry, what] of [
    [PROGRESS_KEY, s.progressRecord, s.progressRecord.valueType.valueType, 'your checkpoint progress'],
    [SOLUTIONS_KEY, s.solutionsShown, s.solutionsShown.valueType.valueType, 'your record of shown solutions'],
  ] as const) {
    const raw = await storage.load(key);
    if (raw === undefined || schema.safeParse(raw).success) continue;
    // Keep every lesson → checkpoint → entry that is sound.
    const sound: Record<string, Record<string, unknown>> = {};
    if (typeof raw === 'object' && raw !== null && !Array.isArray(raw)) {
      for (const [lessonId, checkpoints] of Object.entries(raw)) {
        if (typeof checkpoints !== 'object' || checkpoints === null) continue;
        for (const [id, value] of Object.entries(checkpoints)) if (entry.safeParse(value).success) (sound[lessonId] ??= {})[id] = value;
      }
    }
    await storage.save(setAsideKey(key), raw);
    await storage.save(key, sound);
    problems.push(`part of ${what} (${s.firstProblem(schema.safeParse(raw).error!)})`);
  }
  return problems;
}
