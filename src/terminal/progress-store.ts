// What the pages remember outside the session: per-lesson progress (for the home page) and history.
// Own database, so it never collides with the session's `docker-workbook` store.
import { createStore, get, set, del, type UseStore } from 'idb-keyval';

/** A lesson's checkpoint tally, written by the lesson page after every command. */
export interface LessonProgress {
  passed: number;
  total: number;
  updated: number;
}

let store: UseStore | undefined;
function pageStore(): UseStore {
  store ??= createStore('docker-workbook-pages', 'pages');
  return store;
}

/** Reads a lesson's progress, or undefined before the learner's first command there. */
export function loadProgress(lessonId: string): Promise<LessonProgress | undefined> {
  return get<LessonProgress>(`progress/${lessonId}`, pageStore());
}

/** Records a lesson's progress. */
export function saveProgress(lessonId: string, passed: number, total: number): Promise<void> {
  return set(`progress/${lessonId}`, { passed, total, updated: Date.now() }, pageStore());
}

/** The lesson's command history, oldest first. */
export async function loadHistory(lessonId: string): Promise<string[]> {
  return (await get<string[]>(`history/${lessonId}`, pageStore())) ?? [];
}

/** Saves the lesson's command history. */
export function saveHistory(lessonId: string, entries: string[]): Promise<void> {
  return set(`history/${lessonId}`, entries, pageStore());
}

/** Forgets the lesson's progress and history (Reset lesson). */
export async function forgetLesson(lessonId: string): Promise<void> {
  await Promise.all([del(`progress/${lessonId}`, pageStore()), del(`history/${lessonId}`, pageStore())]);
}
