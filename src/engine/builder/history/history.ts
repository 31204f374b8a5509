// BuildKit's build history (solver/llbsolver/history.go), what `docker buildx history` reads: one
// record per BuildKit build, with the frontend attributes buildx sent (the Dockerfile's name, every
// --build-arg and --label, the target …), when it started and ended, how it ended, its step counts and
// its progress, which `history logs` replays. Records past the newest 50 go once they are 48 hours old.
import type { BuildEvent, SourceLocation } from '../build/types.ts';
import { sha256Digest } from '../../model/digest.ts';
import { BuildRecordNotFound } from '../../errors/build.ts';
import { recordId } from '../cache/usage.ts';

/** The gRPC status a failed build's record keeps (Unknown for a failed step, Canceled for a stopped build). */
export interface BuildRecordError {
  code: number;
  message: string;
  /** Where in the Dockerfile it failed, for the excerpt `history inspect` prints (the error's sources). */
  location?: SourceLocation;
}

/** One build, as BuildKit's BuildHistoryRecord has it; times in ms of the engine's clock. */
export interface BuildHistoryRecord {
  ref: string;
  frontendAttrs: Record<string, string>;
  createdAt: number;
  completedAt?: number;
  error?: BuildRecordError;
  numTotalSteps: number;
  numCompletedSteps: number;
  numCachedSteps: number;
  /** The build's progress, as it streamed (its last MAX_EVENTS events). */
  events: BuildEvent[];
}

/** How many progress events a record keeps: enough for any lesson's build, bounded for a runaway log. */
export const MAX_EVENTS = 5_000;
// config.HistoryConfig's defaults.
const MAX_ENTRIES = 50;
const MAX_AGE_MS = 48 * 3600_000;

/** The build history as structured-clone data. */
export type BuildHistorySnapshot = BuildHistoryRecord[];

/** The daemon's build records by ref. */
export class BuildHistory {
  private records = new Map<string, BuildHistoryRecord>();
  private issued = 0;

  /** A new build ref: 25 characters of base 36, as buildx's identity.NewID makes them (here drawn from
   *  the clock and a count, so a session's refs are the same every time it is replayed). */
  newRef(now: number): string {
    for (;;) {
      const ref = recordId(sha256Digest(`build-ref:${now}:${this.issued++}`));
      if (!this.records.has(ref)) return ref;
    }
  }

  /** Starts a record (the build is running until `finish`). */
  start(ref: string, frontendAttrs: Record<string, string>, at: number): BuildHistoryRecord {
    const record: BuildHistoryRecord = { ref, frontendAttrs, createdAt: at, numTotalSteps: 0, numCompletedSteps: 0, numCachedSteps: 0, events: [] };
    this.records.set(ref, record);
    return record;
  }

  /** Ends a record, then lets old records go as BuildKit's history GC does. */
  finish(record: BuildHistoryRecord, at: number, error?: BuildRecordError): void {
    record.completedAt = at;
    if (error) record.error = error;
    const done = [...this.records.values()].filter((r) => r.completedAt !== undefined).sort((a, b) => b.completedAt! - a.completedAt!);
    for (const old of done.slice(MAX_ENTRIES)) if (at - old.completedAt! > MAX_AGE_MS) this.records.delete(old.ref);
  }

  /** Every record, the newest first (of two started at the same instant, the later one). */
  list(): BuildHistoryRecord[] {
    return [...this.records.values()].reverse().sort((a, b) => b.createdAt - a.createdAt);
  }

  /** Deletes a record; BuildKit answers an unknown ref with its lease store's not-found error. */
  remove(ref: string): void {
    if (!this.records.delete(ref)) throw new BuildRecordNotFound(ref);
  }

  snapshot(): BuildHistorySnapshot {
    return this.list().map((r) => structuredClone(r));
  }

  static restore(snapshot: BuildHistorySnapshot | undefined): BuildHistory {
    const history = new BuildHistory();
    // The snapshot lists the newest first; insertion order is oldest first.
    for (const record of [...(snapshot ?? [])].reverse()) history.records.set(record.ref, structuredClone(record));
    return history;
  }
}
