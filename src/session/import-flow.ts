// The import a page drives in steps: stage (each lesson replayed apart from the learner's own work,
// with progress; cancellable), then commit only on the learner's word. Until the commit nothing of
// theirs changes, and a cancel at any point drops the replays. The commit holds each replaced
// lesson's tab lock, so a tab open on that lesson lets go first and then carries on from the import.
import type { ImportReport, LessonSetup } from '../protocol/session.ts';
import type { SessionStorage } from './persistence/storage.ts';
import type { TabLock } from './tabs.ts';
import { abortError } from './replay.ts';
import { collectGarbage } from './persistence/garbage.ts';
import { commitImport, stageImport, type ImportProgress, type StagedImport } from './transfer.ts';

/** One import at a time: staged, then committed or cancelled. */
export interface ImportFlow {
  /** Reads the file (throws with the reason) and replays it apart; rejects with an AbortError when cancelled. */
  stage(file: unknown, setups: LessonSetup[], onProgress?: ImportProgress): Promise<ImportReport>;
  /** Stops a running replay, or drops a finished one: nothing changes. */
  cancel(): void;
  /** Swaps the staged replays in; throws when nothing is staged (cancelled, or never staged). */
  commit(): Promise<ImportReport>;
}

/** The import flow over one storage; `tabs` coordinates with the tabs open on the replaced lessons. */
export function importFlow(storage: SessionStorage, tabs: TabLock): ImportFlow {
  let running: AbortController | undefined;
  let staged: StagedImport | undefined;
  // Replays not kept are switched off: a container left running in one would run on unseen.
  const dropStaged = () => {
    for (const replay of staged?.replays ?? []) replay.machine.shutDown();
    staged = undefined;
  };
  return {
    async stage(file, setups, onProgress) {
      running?.abort();
      dropStaged();
      const controller = new AbortController();
      running = controller;
      try {
        const result = await stageImport(file, setups, controller.signal, onProgress);
        if (controller.signal.aborted) throw abortError();
        staged = result;
        return result.report;
      } finally {
        if (running === controller) running = undefined;
      }
    },
    cancel() {
      running?.abort();
      running = undefined;
      dropStaged();
    },
    async commit() {
      const chosen = staged;
      staged = undefined;
      if (!chosen) throw new Error('There is no replayed import to keep (it was cancelled or never started): choose the file again.');
      const lessonIds = chosen.replays.map((r) => r.lessonId);
      for (const lessonId of lessonIds) await tabs.takeOver(lessonId);
      try {
        await commitImport(storage, chosen);
      } finally {
        for (const lessonId of lessonIds) tabs.release(lessonId);
      }
      // The machines the import replaced may have held the only reference to some blobs.
      await collectGarbage(storage).catch(() => undefined);
      return chosen.report;
    },
  };
}
