// Bringing a lesson up after a reload: load what was saved, rebuild the machine from whatever of it
// is sound, and say in one line what could not be restored. The lesson always comes up with a prompt.
import type { SessionOptions } from '../protocol/session.ts';
import type { SessionStorage } from './persistence/storage.ts';
import { Machine } from './machine.ts';
import { LessonJournal } from './persistence/journal.ts';
import { loadLessonState } from './persistence/load.ts';
import { checkProgressStores } from './persistence/progress-stores.ts';
import type { SavedLesson } from './persistence/saved-state.ts';

/** A restored (or fresh) lesson: its machine, its journal, and what the learner must be told. */
export interface Restored {
  machine: Machine;
  journal: LessonJournal;
  restored: boolean;
  /** Parts that could not be restored; empty when everything came back. */
  problems: string[];
  /** The journal must write the whole machine now (an older format, or parts were dropped). */
  rewrite: boolean;
}

/** Loads, validates and rebuilds the lesson's machine; never throws on bad saved data. */
export async function restoreLesson(storage: SessionStorage, options: SessionOptions, realTime: boolean): Promise<Restored> {
  const loaded = await loadLessonState(storage, options.lessonId).catch((error: unknown) => ({ problems: [`your saved machine (${(error as Error).message})`], saved: undefined, document: undefined }));
  const problems = [...loaded.problems];
  const { machine, dropped } = build(options, loaded.saved, realTime);
  // The learner's first command meets resumed servers listening, however busy the machine is.
  await machine.resumed;
  if (dropped) problems.push(dropped);
  problems.push(...(await checkProgressStores(storage)));
  const journal = new LessonJournal(storage, options.lessonId);
  const whole = loaded.document !== undefined && !dropped;
  if (whole) journal.adopt(loaded.document!, machine);
  return { machine, journal, restored: loaded.saved !== undefined, problems, rewrite: loaded.saved !== undefined && !whole };
}

// Records that pass validation can still fail to rebuild (an image a container needs is gone): drop
// the engine first, then everything, rather than leave the learner without a prompt.
function build(options: SessionOptions, saved: SavedLesson | undefined, realTime: boolean): { machine: Machine; dropped?: string } {
  try {
    return { machine: new Machine(options, saved, realTime) };
  } catch (error) {
    const why = (error as Error).message;
    try {
      return { machine: new Machine(options, { ...saved!, engine: undefined, engineParts: undefined }, realTime), dropped: `your images and containers (${why})` };
    } catch {
      return { machine: new Machine(options, undefined, realTime), dropped: `your saved machine (${why})` };
    }
  }
}

/** One line for the terminal: what could not be restored, and that it was kept. */
export function restoreNotice(problems: readonly string[]): string | undefined {
  if (problems.length === 0) return undefined;
  return `workbook: could not restore ${problems.join('; ')} — the damaged data was set aside in this browser (the Progress page exports it), everything else was restored.`;
}
