// Reading a lesson's machine back, from every format a session ever saved: version 1 (one record with
// the whole machine) and version 2 (the journal's document, trees, log chunks and blobs). Each part is
// validated on its own: what can be restored is, what cannot is named and set aside.
import type { SessionStorage } from './storage.ts';
import type { CommandRecord } from '../../checkpoints/context.ts';
import { lessonKey, setAsideKey, type EngineDocument, type SavedLesson } from './saved-state.ts';
import { blobKey, logKey, type LessonDocument } from './journal.ts';
import { documentBlobs } from '../../engine/index.ts';

/** What a load found: the restorable machine, the document it came from, and what could not be restored. */
export interface LoadedLesson {
  saved?: SavedLesson;
  /** A version 2 document restored whole: the journal can carry on from it. */
  document?: LessonDocument;
  /** Parts that could not be restored, each as "what (why)". */
  problems: string[];
}

type Schemas = typeof import('./schema.ts');

/** Loads and validates a lesson's saved machine. Never throws on bad data: it reports it. */
export async function loadLessonState(storage: SessionStorage, lessonId: string): Promise<LoadedLesson> {
  const raw = await storage.load(lessonKey(lessonId));
  if (raw === undefined) return { problems: [] };
  const s = await import('./schema.ts');
  const version = (raw as { version?: unknown } | null)?.version;
  const loaded = version === 2 ? await fromDocument(storage, lessonId, raw, s) : version === 1 ? fromRecord(raw, s) : { problems: [`your saved machine (a format this version of the workbook does not know: ${JSON.stringify(version) ?? typeof raw})`] };
  if (loaded.problems.length > 0) await storage.save(setAsideKey(lessonKey(lessonId)), raw).catch(() => {});
  return loaded;
}

// Version 1: the whole machine in one record.
function fromRecord(raw: unknown, s: Schemas): LoadedLesson {
  const head = s.savedLessonV1.safeParse(raw);
  if (!head.success) return { problems: [`your saved machine (${s.firstProblem(head.error)})`] };
  const record = head.data as Record<string, unknown>;
  const problems: string[] = [];
  const part = <T>(name: string, schema: { safeParse(v: unknown): { success: true; data: unknown } | { success: false; error: import('zod').ZodError } }, value: unknown): T | undefined => {
    const result = schema.safeParse(value);
    if (result.success) return result.data as T;
    problems.push(`${name} (${s.firstProblem(result.error)})`);
    return undefined;
  };
  const place = shellPlace(record.cwd, record.env, s, problems);
  const saved: SavedLesson = {
    version: 1,
    startedAt: head.data.startedAt,
    clock: head.data.clock,
    engine: part<SavedLesson['engine']>('your images and containers', s.engineSnapshotV1, record.engine),
    hostRoot: part('your files', s.dirTree, record.hostRoot),
    ...place,
    log: part<CommandRecord[]>('your command history', s.commandLog, record.log) ?? [],
  };
  return { saved, problems };
}

// The shell's directory and variables, each on its own: a bad directory costs only itself (the
// lesson's starting one is used), a damaged variable only that variable.
function shellPlace(cwd: unknown, env: unknown, s: Schemas, problems: string[]): Pick<SavedLesson, 'cwd' | 'env' | 'envIncomplete'> {
  const dir = typeof cwd === 'string' && cwd.startsWith('/') ? cwd : undefined;
  if (dir === undefined) problems.push(`the shell’s working directory (${cwd === undefined ? 'missing' : `not a path: ${described(cwd)}`})`);
  if (!Array.isArray(env)) {
    problems.push(`the shell’s variables (${env === undefined ? 'missing' : `not a list: ${described(env)}`})`);
    return { cwd: dir };
  }
  const sound = env.filter((entry): entry is [string, string] => s.shellVariable.safeParse(entry).success);
  const lost = env.length - sound.length;
  if (lost > 0) problems.push(`${lost} of the shell’s ${env.length} variables (not a name and a value)`);
  return { cwd: dir, env: sound, ...(lost > 0 ? { envIncomplete: true } : {}) };
}

// The shell's umask: absent in older saves (the default then), a damaged one costs only itself.
function savedUmask(umask: unknown, problems: string[]): Pick<SavedLesson, 'umask'> {
  if (umask === undefined) return {};
  if (Number.isInteger(umask) && (umask as number) >= 0 && (umask as number) <= 0o777) return { umask: umask as number };
  problems.push(`the shell’s umask (not a mask: ${described(umask)})`);
  return {};
}

// A damaged value in a few characters, for a notice.
function described(value: unknown): string {
  const text = JSON.stringify(value) ?? typeof value;
  return text.length > 24 ? `${text.slice(0, 24)}…` : text;
}

// Version 2: the journal's document; its trees, log chunks and blobs live under their own keys.
async function fromDocument(storage: SessionStorage, lessonId: string, raw: unknown, s: Schemas): Promise<LoadedLesson> {
  const head = s.lessonDocumentV2.safeParse(raw);
  if (!head.success) return { problems: [`your saved machine (${s.firstProblem(head.error)})`] };
  const document = head.data as LessonDocument;
  const problems: string[] = [];
  const log: CommandRecord[] = [];
  for (let chunk = 0; chunk * document.logChunk < document.logLength; chunk++) {
    const entries = s.commandLog.safeParse(await storage.load(logKey(lessonId, chunk)));
    if (!entries.success) {
      problems.push(`your command history after entry ${log.length} (${s.firstProblem(entries.error)})`);
      break;
    }
    log.push(...entries.data);
  }
  const host = s.dirTree.safeParse(await storage.load(document.trees.host ?? ''));
  if (!host.success) problems.push('your files (missing or damaged)');
  let engineParts: SavedLesson['engineParts'];
  try {
    engineParts = await readEngine(storage, s, document);
  } catch (error) {
    problems.push(`your images and containers (${(error as Error).message})`);
  }
  const place = shellPlace(document.cwd, document.env, s, problems);
  const umask = savedUmask(document.umask, problems);
  const saved: SavedLesson = { version: 1, startedAt: document.startedAt, clock: document.clock, ...place, ...umask, log, engineParts, hostRoot: host.success ? host.data : undefined };
  return { saved, document: problems.length === 0 ? document : undefined, problems };
}

// The engine's document with the blobs and trees it names; a missing one is found when the engine is built.
async function readEngine(storage: SessionStorage, s: Schemas, document: LessonDocument): Promise<NonNullable<SavedLesson['engineParts']>> {
  const parsed = s.engineDocument.safeParse(document.engine);
  if (!parsed.success) throw new Error(s.firstProblem(parsed.error));
  const engine = parsed.data as unknown as EngineDocument;
  const digests = documentBlobs(engine);
  const blobs = new Map<string, Uint8Array>();
  for (const digest of digests) {
    const bytes = await storage.load(blobKey(digest));
    if (bytes instanceof Uint8Array) blobs.set(digest, bytes);
  }
  const trees = new Map<string, unknown>();
  for (const c of engine.containers.containers) {
    const layer = s.layerEntries.safeParse(await storage.load(document.trees[c.layer] ?? ''));
    if (layer.success) trees.set(c.layer, layer.data);
  }
  for (const v of engine.volumes) {
    const tree = s.dirTree.safeParse(await storage.load(document.trees[v.tree] ?? ''));
    if (tree.success) trees.set(v.tree, tree.data);
  }
  return { document: engine, blobs, trees };
}

/** The lesson's start time and command log only (for an export), from either format; empty when unreadable. */
export async function readLessonLog(storage: SessionStorage, lessonId: string): Promise<{ startedAt?: number; log: CommandRecord[] } | undefined> {
  const raw = (await storage.load(lessonKey(lessonId))) as (Omit<Partial<LessonDocument>, 'version'> & { log?: unknown; version?: unknown }) | undefined;
  if (!raw) return undefined;
  const s = await import('./schema.ts');
  if (raw.version === 1) return { startedAt: raw.startedAt, log: s.commandLog.safeParse(raw.log).data ?? [] };
  const log: CommandRecord[] = [];
  for (let chunk = 0; chunk * (raw.logChunk ?? 1) < (raw.logLength ?? 0); chunk++) {
    const entries = s.commandLog.safeParse(await storage.load(logKey(lessonId, chunk)));
    if (!entries.success) break;
    log.push(...entries.data);
  }
  return { startedAt: raw.startedAt, log };
}
