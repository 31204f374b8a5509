// Where one lesson's machine is kept between visits: load it, save it after a command, forget it.
import type { SessionStorage } from './storage.ts';
import { lessonKey, type SavedLesson } from './saved-state.ts';

/** The saved machine of a lesson, when there is a usable one. */
export async function loadLesson(storage: SessionStorage, lessonId: string): Promise<SavedLesson | undefined> {
  const saved = (await storage.load(lessonKey(lessonId))) as SavedLesson | undefined;
  return saved?.version === 1 ? saved : undefined;
}

/** Saves a lesson's machine. */
export async function saveLesson(storage: SessionStorage, lessonId: string, state: SavedLesson): Promise<void> {
  await storage.save(lessonKey(lessonId), state);
}

/** Forgets a lesson's machine. */
export async function removeLesson(storage: SessionStorage, lessonId: string): Promise<void> {
  await storage.remove(lessonKey(lessonId));
}
