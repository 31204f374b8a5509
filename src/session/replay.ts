// Replaying a recorded command log into a fresh headless machine: how an import and `npm run grade`
// verify what a progress file claims.
import type { LessonSetup, LoggedCommand } from '../protocol/session.ts';
import type { SessionStorage } from './persistence/storage.ts';
import { Machine } from './machine.ts';
import { feedLine } from './feed.ts';
import { recordPasses } from './progress.ts';
import { saveLesson } from './persistence/lesson-store.ts';

// A replayed command that waits for Ctrl-C (a foreground server) gets it after this much real time.
const REPLAY_COMMAND_LIMIT_MS = 10_000;

/**
 * Types a recorded command log into a fresh headless machine for the lesson (simulated clock from
 * `startedAt`), evaluating the checkpoints after every command as the lesson page does, and saves
 * the machine and its progress in `storage`. Returns the checkpoints that passed, and when.
 */
export async function replayLesson(
  storage: SessionStorage,
  setup: LessonSetup,
  lesson: { startedAt: number; log: readonly LoggedCommand[] },
): Promise<Record<string, number>> {
  const options = { lessonId: setup.lessonId, workspace: setup.workspace, checkpoints: setup.checkpoints, tty: false, columns: 80, rows: 24, now: lesson.startedAt || undefined };
  const machine = new Machine(options, undefined, false);
  const passed: Record<string, number> = {};
  for (const record of lesson.log) {
    if (machine.rootExited) break;
    for (const line of record.line.split('\n')) {
      const timer = setTimeout(() => machine.interrupt(), record.exitCode === 130 ? 50 : REPLAY_COMMAND_LIMIT_MS);
      try {
        await feedLine(machine, line, () => {});
      } finally {
        clearTimeout(timer);
      }
    }
    const results = await recordPasses(storage, setup.lessonId, await machine.evaluateCheckpoints(), machine.clock.now());
    for (const result of results) if (result.passed && passed[result.id] === undefined) passed[result.id] = record.at;
  }
  await saveLesson(storage, setup.lessonId, machine.state());
  return passed;
}
