// What a lesson's session saves after every command, so a reload puts the learner back where they were.
import type { EngineSnapshot } from '../../engine/index.ts';
import type { DirNode } from '../../vfs/types.ts';
import type { CommandRecord } from '../../checkpoints/context.ts';
import { PROGRESS_KEY, type StoredProgress } from '../../protocol/session.ts';

/** One lesson's saved machine: the daemon, the host's files, the shell's place, and the command log. */
export interface SavedLesson {
  version: 1;
  /** When the lesson's machine started (absent in the first saves: then the first log entry's time). */
  startedAt?: number;
  engine: EngineSnapshot;
  hostRoot: DirNode;
  cwd: string;
  env: [string, string][];
  log: CommandRecord[];
  clock: number;
}

/** Per lesson, per checkpoint: when it was first passed (ms since the epoch); the page reads it too. */
export type Progress = StoredProgress;

/** Storage keys. */
export const lessonKey = (lessonId: string) => `lesson:${lessonId}`;
export { PROGRESS_KEY };
