// The home page's per-lesson progress, read from the session's own record (the one progress store)
// straight from IndexedDB: no worker is started just to draw a list.
import { createStore, get } from 'idb-keyval';
import { PROGRESS_KEY, SESSION_DATABASE, type StoredProgress } from '../protocol/session.ts';

/** The session's progress record, or an empty one when nothing was passed yet or storage is off. */
export async function readStoredProgress(): Promise<StoredProgress> {
  try {
    const store = createStore(SESSION_DATABASE.database, SESSION_DATABASE.store);
    const value = await get<StoredProgress>(PROGRESS_KEY, store);
    return value && typeof value === 'object' ? value : {};
  } catch {
    return {};
  }
}

/** How many of a lesson's checkpoints (by id) the record marks passed. */
export function passedCount(progress: StoredProgress, lessonId: string, checkpointIds: readonly string[]): number {
  const mine = progress[lessonId] ?? {};
  return checkpointIds.filter((id) => typeof mine[id]?.passedAt === 'number').length;
}
