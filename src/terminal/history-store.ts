// The lesson's command history (↑, Ctrl-R), kept by the page in its own IndexedDB database so it
// never collides with the session's store. Progress is not here: the session's record is the one store.
import { createStore, get, set, del, type UseStore } from 'idb-keyval';

let store: UseStore | undefined;
function pageStore(): UseStore {
  store ??= createStore('docker-workbook-pages', 'pages');
  return store;
}

/** The lesson's command history, oldest first; of a damaged record, only the entries that are lines of text. */
export async function loadHistory(lessonId: string): Promise<string[]> {
  const saved: unknown = await get(`history/${lessonId}`, pageStore());
  return Array.isArray(saved) ? saved.filter((entry): entry is string => typeof entry === 'string') : [];
}

/** Saves the lesson's command history. */
export function saveHistory(lessonId: string, entries: string[]): Promise<void> {
  return set(`history/${lessonId}`, entries, pageStore());
}

/** Forgets the lesson's history (Reset lesson). */
export function forgetHistory(lessonId: string): Promise<void> {
  return del(`history/${lessonId}`, pageStore());
}
