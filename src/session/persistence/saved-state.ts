// What a lesson's session restores after a reload: the machine as one value, however it was stored.
import type { Daemon, EngineParts, EngineSnapshot } from '../../engine/index.ts';
import type { DirNode } from '../../vfs/types.ts';
import type { CommandRecord } from '../../checkpoints/context.ts';
import { PROGRESS_KEY, type StoredProgress } from '../../protocol/session.ts';

/**
 * One lesson's machine: the daemon, the host's files, the shell's place, and the command log. This is
 * also the version 1 save format (one record per lesson); a part that could not be restored is absent.
 */
export interface SavedLesson {
  version: 1;
  /** When the lesson's machine started (absent in the first saves: then the first log entry's time). */
  startedAt?: number;
  engine?: EngineSnapshot;
  /** Instead of `engine`, from a version 2 save: put together when the machine is built. */
  engineParts?: EngineParts;
  hostRoot?: DirNode;
  cwd?: string;
  env?: [string, string][];
  /** Some saved variables were damaged: the sound ones go over the defaults (so PATH, HOME … stay). */
  envIncomplete?: boolean;
  /** The host shell's file-creation mask (default 022 when absent). */
  umask?: number;
  log: CommandRecord[];
  clock: number;
}

/** The daemon's state in parts, as the journal writes it. */
export type EngineState = ReturnType<Daemon['persistentState']>;
/** The daemon's metadata document (blobs by digest, trees by id). */
export type EngineDocument = EngineParts['document'];

/** Per lesson, per checkpoint: when it was first passed (ms since the epoch); the page reads it too. */
export type Progress = StoredProgress;

/** Storage keys. */
export const lessonKey = (lessonId: string) => `lesson:${lessonId}`;
export { PROGRESS_KEY };
/** Where a record that could not be restored is kept (for export and for a person to look at). */
export const setAsideKey = (key: string) => `set-aside:${key}`;
