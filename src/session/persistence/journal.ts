// Journal persistence for one lesson's machine. Blobs are written once under their digest; after a
// command the journal appends the log entry and writes what changed: the lesson document (KiBs) and
// the trees (host files, container layers, volumes) whose version moved. A save that fails leaves the
// last good state in place and writes nothing off: the next save writes everything since that state.
import type { SessionStorage } from './storage.ts';
import type { CommandRecord } from '../../checkpoints/context.ts';
import { lessonKey, type EngineDocument, type EngineState } from './saved-state.ts';
import { documentBlobs } from '../../engine/index.ts';
import { releaseSpareRoom } from '../../vfs/append.ts';

/** What the journal reads of a lesson's machine. */
export interface JournaledMachine {
  engine: { persistentState(): EngineState };
  log: readonly CommandRecord[];
  startedAt: number;
  clock: { now(): number };
  host(): { cwd: string; env: Map<string, string>; umask: number };
}

/** Log entries per stored chunk: appending rewrites only the last chunk. */
export const LOG_CHUNK = 128;

/** The lesson document: everything small, and the storage keys of everything large. */
export interface LessonDocument {
  version: 2;
  startedAt: number;
  clock: number;
  cwd: string;
  env: [string, string][];
  /** The host shell's file-creation mask (absent in saves before it was kept). */
  umask?: number;
  /** Entries in the log, stored in chunks of `logChunk` under `log:<lesson>:<n>`. */
  logLength: number;
  logChunk: number;
  engine: EngineDocument;
  /** Tree id (`host`, `container:<id>`, `volume:<name>`) → the storage key holding it. */
  trees: Record<string, string>;
  /** The last number used in a tree's storage key. */
  seq: number;
}

/** Storage keys of the journal. */
export const blobKey = (digest: string) => `blob:${digest}`;
export const logKey = (lessonId: string, chunk: number) => `log:${lessonId}:${chunk}`;
const treeKey = (lessonId: string, seq: number) => `tree:${lessonId}:${seq}`;

interface Persisted {
  trees: Map<string, { version: string; key: string }>;
  blobs: Set<string>;
  logLength: number;
  seq: number;
}

/** What is in storage for a lesson, and how to bring it up to date with the machine. */
export class LessonJournal {
  // What storage holds as of the last save that succeeded (undefined: nothing in this format yet).
  private persisted: Persisted | undefined;

  constructor(
    private readonly storage: SessionStorage,
    readonly lessonId: string,
  ) {}

  /** Whether the next save writes everything (a fresh lesson, a migrated save, or a failed first save). */
  get empty(): boolean {
    return this.persisted === undefined;
  }

  /** Declares that storage holds `document` and that it matches `machine` as it was just restored. */
  adopt(document: LessonDocument, machine: JournaledMachine): void {
    const trees = new Map<string, { version: string; key: string }>();
    for (const tree of machine.engine.persistentState().trees) {
      const key = document.trees[tree.id];
      if (key) trees.set(tree.id, { version: tree.version, key });
    }
    const blobs = new Set(documentBlobs(document.engine));
    this.persisted = { trees, blobs, logLength: document.logLength, seq: document.seq };
  }

  /** Writes what changed since the last successful save; throws (writing nothing off) when storage fails.
   *  Returns whether blobs the last save named are named no more (then garbage may be collected). */
  async save(machine: JournaledMachine): Promise<boolean> {
    return this.shared(() => this.write(machine));
  }

  // Under the storage's shared lock, so the garbage collector never sees blobs without their document.
  private shared<T>(work: () => Promise<T>): Promise<T> {
    return this.storage.lock ? this.storage.lock.shared(work) : work();
  }

  private async write(machine: JournaledMachine): Promise<boolean> {
    // Files grown by `>>` hold spare room that a stored view would carry along.
    releaseSpareRoom();
    const state = machine.engine.persistentState();
    const before = this.persisted ?? { trees: new Map(), blobs: new Set<string>(), logLength: 0, seq: await this.lastSeq() };
    const written: string[] = [];
    let seq = before.seq;
    const trees = new Map<string, { version: string; key: string }>();
    try {
      for (const [digest, bytes] of state.blobs) if (!before.blobs.has(digest)) await this.storage.save(blobKey(digest), bytes);
      for (const tree of state.trees) {
        const known = before.trees.get(tree.id);
        if (known && known.version === tree.version) {
          trees.set(tree.id, known);
          continue;
        }
        const key = treeKey(this.lessonId, ++seq);
        written.push(key);
        await this.storage.save(key, tree.read());
        trees.set(tree.id, { version: tree.version, key });
      }
      const log = machine.log;
      for (let chunk = Math.floor(before.logLength / LOG_CHUNK); chunk * LOG_CHUNK < log.length; chunk++) {
        await this.storage.save(logKey(this.lessonId, chunk), log.slice(chunk * LOG_CHUNK, (chunk + 1) * LOG_CHUNK));
      }
      const shell = machine.host();
      const document: LessonDocument = {
        version: 2,
        startedAt: machine.startedAt,
        clock: machine.clock.now(),
        cwd: shell.cwd,
        env: [...shell.env],
        umask: shell.umask,
        logLength: log.length,
        logChunk: LOG_CHUNK,
        engine: state.document,
        trees: Object.fromEntries([...trees].map(([id, t]) => [id, t.key])),
        seq,
      };
      await this.storage.save(lessonKey(this.lessonId), document);
    } catch (error) {
      // Trees written for a document that never landed are garbage: drop them while storage answers.
      for (const key of written) await this.storage.remove(key).catch(() => {});
      throw error;
    }
    const kept = new Set([...trees.values()].map((t) => t.key));
    // Only what this document names counts as stored: a blob it dropped may be collected, and is written
    // again if the machine needs it later.
    this.persisted = { trees, blobs: new Set(state.blobs.keys()), logLength: machine.log.length, seq };
    for (const { key } of before.trees.values()) if (!kept.has(key)) await this.storage.remove(key).catch(() => {});
    return [...before.blobs].some((digest) => !state.blobs.has(digest));
  }

  /** Forgets the lesson's machine: its document, trees and log (blobs stay for the collector: other lessons share them). */
  async remove(): Promise<void> {
    return this.shared(() => this.forget());
  }

  private async forget(): Promise<void> {
    const document = (await this.storage.load(lessonKey(this.lessonId))) as Partial<LessonDocument> | undefined;
    await this.storage.remove(lessonKey(this.lessonId));
    if (document?.version === 2) {
      for (const key of Object.values(document.trees ?? {})) await this.storage.remove(key);
      for (let chunk = 0; chunk * (document.logChunk ?? LOG_CHUNK) < (document.logLength ?? 0); chunk++) await this.storage.remove(logKey(this.lessonId, chunk));
    }
    this.persisted = undefined;
  }

  // A full write numbers its trees after those of any document already stored, so it never overwrites
  // a tree that document (or its set-aside copy) still points to.
  private async lastSeq(): Promise<number> {
    const stored = (await this.storage.load(lessonKey(this.lessonId)).catch(() => undefined)) as { seq?: unknown } | undefined;
    return typeof stored?.seq === 'number' ? stored.seq : 0;
  }
}
