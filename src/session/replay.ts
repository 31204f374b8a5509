// Replaying a recorded command log into a fresh headless machine: how an import and `npm run grade`
// verify what a progress file claims. The replay happens apart from storage; keeping it is a separate step.
import type { LessonSetup, LoggedCommand } from '../protocol/session.ts';
import type { SessionStorage } from './persistence/storage.ts';
import { Machine } from './machine.ts';
import { feedLine } from './feed.ts';
import { replacePasses } from './progress.ts';
import { LessonJournal } from './persistence/journal.ts';

// A replayed command that waits for Ctrl-C (a foreground server) gets it after this much real time.
const REPLAY_COMMAND_LIMIT_MS = 10_000;

// Turns a replay gives the background between two commands, at most, and how many quiet ones in a
// row end the wait early.
const SETTLE_TURNS = 40;
const QUIET_TURNS = 3;

/**
 * Gives detached containers turns until they go quiet (their logs stop growing for a few turns). A
 * starting nginx or registry needs several turns, and how many depends on the machine's load (a shell
 * yields by wall-clock slices), so a fixed number of turns would pass on an idle machine and fail on a busy one.
 */
async function settle(machine: Machine): Promise<void> {
  const fingerprint = () =>
    machine.engine
      .containerList({ all: false })
      .map((c) => `${c.Id}:${c.State}:${machine.engine.containerLogs(c.Id).read().chunks.length}`)
      .join(',');
  let last = fingerprint();
  for (let turn = 0, quiet = 0; turn < SETTLE_TURNS && quiet < QUIET_TURNS; turn++) {
    await new Promise<void>((resolve) => setTimeout(resolve, 0));
    const now = fingerprint();
    quiet = now === last ? quiet + 1 : 0;
    last = now;
  }
}

/** A lesson's recorded start time and log. */
export interface RecordedLesson {
  startedAt: number;
  log: readonly LoggedCommand[];
}

/** How a long replay reports and is stopped. */
export interface ReplayControl {
  signal?: AbortSignal;
  /** Called after each command with how many of the log's commands have run. */
  onCommand?: (done: number) => void;
}

/**
 * Types a recorded log into a fresh machine for the lesson (simulated clock from `startedAt`),
 * evaluating the checkpoints after every command as the lesson page does. Returns the machine and
 * the checkpoints that passed, with when; throws an AbortError when `signal` aborts.
 */
export async function replayMachine(setup: LessonSetup, lesson: RecordedLesson, control: ReplayControl = {}): Promise<{ machine: Machine; passed: Record<string, number> }> {
  const options = { lessonId: setup.lessonId, workspace: setup.workspace, checkpoints: setup.checkpoints, tty: false, columns: 80, rows: 24, now: lesson.startedAt || undefined };
  const machine = new Machine(options, undefined, false);
  const passed: Record<string, number> = {};
  const stop = () => machine.interrupt();
  control.signal?.addEventListener('abort', stop);
  try {
    for (const [done, record] of lesson.log.entries()) {
      if (machine.rootExited) break;
      for (const line of record.line.split('\n')) {
        if (control.signal?.aborted) throw abortError();
        const timer = setTimeout(stop, record.exitCode === 130 ? 50 : REPLAY_COMMAND_LIMIT_MS);
        try {
          await feedLine(machine, line, () => {});
        } finally {
          clearTimeout(timer);
        }
      }
      if (control.signal?.aborted) throw abortError();
      // The learner took a moment between commands: detached containers (nginx, a registry) run up to their next wait, as in the browser.
      await settle(machine);
      for (const result of await machine.evaluateCheckpoints()) if (result.passed && passed[result.id] === undefined) passed[result.id] = record.at;
      control.onCommand?.(done + 1);
    }
  } finally {
    control.signal?.removeEventListener('abort', stop);
  }
  return { machine, passed };
}

/** The error a cancelled replay (or import) rejects with. */
export function abortError(): Error {
  return Object.assign(new Error('The replay was cancelled'), { name: 'AbortError' });
}

/** Makes a replayed machine and its passes the lesson's own in `storage`, replacing what was there. */
export async function keepReplayed(storage: SessionStorage, lessonId: string, machine: Machine, passed: Record<string, number>): Promise<void> {
  const journal = new LessonJournal(storage, lessonId);
  await journal.remove();
  await journal.save(machine);
  await replacePasses(storage, lessonId, passed);
}

/** Replays a lesson's log and keeps the result in `storage` (`npm run grade`, tests). Returns the passes. */
export async function replayLesson(storage: SessionStorage, setup: LessonSetup, lesson: RecordedLesson): Promise<Record<string, number>> {
  const { machine, passed } = await replayMachine(setup, lesson);
  await keepReplayed(storage, setup.lessonId, machine, passed);
  // Saved: what still runs in the replay (a detached loop) must not outlive it.
  machine.shutDown();
  return passed;
}
