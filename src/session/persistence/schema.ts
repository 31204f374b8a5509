// The shapes of what a session saves, checked when it is read back (zod): a save damaged by a bug,
// an extension or a hand edit must never bring up a blank terminal. Loaded only when something saved
// is read, so a fresh lesson's prompt does not wait for it.
import { z } from 'zod';
import type { FsNode } from '../../vfs/types.ts';

const time = z.number().finite();
const bytes = z.instanceof(Uint8Array);
const pairs = z.array(z.tuple([z.string(), z.string()]));
const blobPairs = z.array(z.tuple([z.string(), bytes]));

// A file tree is checked all the way down, without recursion limits of a schema library.
function isNode(value: unknown, depth = 0): value is FsNode {
  if (typeof value !== 'object' || value === null || depth > 256) return false;
  const node = value as Record<string, unknown>;
  if (![node.mode, node.uid, node.gid, node.mtime].every((n) => typeof n === 'number')) return false;
  if (node.type === 'file') return node.data instanceof Uint8Array;
  if (node.type === 'symlink') return typeof node.target === 'string';
  if (node.type !== 'dir' || !(node.children instanceof Map)) return false;
  for (const [name, child] of node.children) if (typeof name !== 'string' || !isNode(child, depth + 1)) return false;
  return true;
}

/** A directory tree (host files, a volume). */
export const dirTree = z.custom<FsNode & { type: 'dir' }>((v) => isNode(v) && (v as FsNode).type === 'dir', 'not a directory tree');

/** A layer as tar entries (a container's own writes). */
export const layerEntries = z.array(
  z.looseObject({ path: z.string(), type: z.enum(['file', 'dir', 'symlink', 'hardlink']), mode: z.number(), uid: z.number(), gid: z.number(), mtime: z.number(), data: bytes.optional() }),
);

/** The command log. */
export const commandLog = z.array(z.object({ line: z.string(), exitCode: z.number().int(), at: time }));

/** One of the shell's variables, `[name, value]`. */
export const shellVariable = z.tuple([z.string(), z.string()]);

const containerRecord = z.looseObject({ id: z.string(), name: z.string(), imageId: z.string(), config: z.looseObject({}), hostConfig: z.looseObject({}), state: z.looseObject({ Status: z.string(), Running: z.boolean() }), mounts: z.array(z.looseObject({ Type: z.string() })), logs: z.array(z.looseObject({ text: z.string() })) });
const imagesPart = z.object({ layers: z.array(z.object({ diffId: z.string(), size: z.number() })), images: z.array(z.looseObject({ id: z.string(), parent: z.string() })), tags: pairs, digests: pairs, retained: z.array(z.string()).optional() });
const volumePart = z.looseObject({ name: z.string(), createdAt: z.string(), labels: z.record(z.string(), z.string()), options: z.record(z.string(), z.string()), anonymous: z.boolean() });
const hubPart = z.object({ pushed: z.array(z.tuple([z.string(), z.array(z.tuple([z.string(), z.looseObject({ digest: z.string() })]))])), links: z.array(z.tuple([z.string(), z.array(z.string())])), accounts: pairs });
const cacheRecord = z.looseObject({ key: z.string(), diffId: z.string(), size: z.number(), created: z.string() });
const buildStep = z.object({ stage: z.string(), index: z.number().int(), total: z.number().int(), instruction: z.string(), outcome: z.enum(['cached', 'built', 'failed', 'running']), layer: z.string().optional() });
// The last build's record only feeds the Layers picture: a damaged one is dropped, never a reason to set the machine aside.
// User-defined networks (absent in saves made before networks existed).
const networks = z.array(z.looseObject({ id: z.string(), name: z.string(), driver: z.string() })).optional();
// BuildKit's build records (`docker buildx history`): damaged ones are dropped like the last build's record.
const buildHistory = z
  .array(z.object({ ref: z.string(), frontendAttrs: z.record(z.string(), z.string()), createdAt: time, completedAt: time.optional(), error: z.object({ code: z.number().int(), message: z.string(), location: z.object({ fileName: z.string(), source: z.string(), startLine: z.number().int(), endLine: z.number().int() }).optional().catch(undefined) }).optional(), numTotalSteps: z.number().int(), numCompletedSteps: z.number().int(), numCachedSteps: z.number().int(), events: z.string() }))
  .optional()
  .catch(undefined);
const lastBuild = z.object({ tags: z.array(z.string()), imageId: z.string().optional(), error: z.string().optional(), steps: z.array(buildStep), stages: z.array(z.object({ name: z.string(), built: z.boolean() })) }).optional().catch(undefined);

/** The engine snapshot of version 1 saves (everything in one record). */
export const engineSnapshotV1 = z.object({
  version: z.literal(1),
  images: imagesPart.extend({ blobs: blobPairs }),
  containers: z.object({ counter: z.number(), containers: z.array(z.object({ record: containerRecord, layer: layerEntries })), networks }).optional(),
  volumes: z.array(volumePart.extend({ tree: dirTree })).optional(),
  hub: hubPart.extend({ blobs: blobPairs, manifestBlobs: blobPairs }).partial({ accounts: true }).optional(),
  buildCache: z.object({ records: z.array(cacheRecord.extend({ tar: bytes })), bases: z.array(z.string()).optional() }).optional(),
});

/** The engine document of version 2 saves (blobs by digest, trees by id). */
export const engineDocument = z.object({
  version: z.literal(1),
  images: imagesPart.extend({ blobs: z.array(z.string()) }),
  containers: z.object({ counter: z.number(), containers: z.array(z.object({ record: containerRecord, layer: z.string() })), networks }),
  volumes: z.array(volumePart.extend({ tree: z.string() })),
  hub: hubPart.extend({ blobs: z.array(z.string()), manifestBlobs: z.array(z.string()) }),
  buildCache: z.object({ records: z.array(cacheRecord.extend({ tar: z.string() })), bases: z.array(z.string()).optional() }),
  registries: z.array(z.tuple([z.string(), z.object({ host: z.string(), pushed: hubPart.omit({ accounts: true }).extend({ blobs: z.array(z.string()), manifestBlobs: z.array(z.string()) }) })])).optional(),
  lastBuild,
  buildHistory,
});

/** Version 1: one record per lesson with the whole machine. */
export const savedLessonV1 = z.looseObject({ version: z.literal(1), startedAt: time.optional(), clock: time });

/** Version 2: the lesson document of the journal. */
export const lessonDocumentV2 = z.object({
  version: z.literal(2),
  startedAt: time,
  clock: time,
  // The shell's place is checked on its own (load.ts): a damaged one costs only itself.
  cwd: z.unknown(),
  env: z.unknown(),
  umask: z.unknown().optional(),
  logLength: z.number().int().nonnegative(),
  logChunk: z.number().int().positive(),
  engine: z.unknown(),
  trees: z.record(z.string(), z.string()),
  seq: z.number().int().nonnegative(),
});

/** Per lesson, per checkpoint: when it was first passed. */
export const progressRecord = z.record(z.string(), z.record(z.string(), z.object({ passedAt: time })));
/** Per lesson, per checkpoint: when its solution was first shown. */
export const solutionsShown = z.record(z.string(), z.record(z.string(), time));

/** The first problem zod found, in a few words (`images.tags.0: expected array`, `not a directory tree`). */
export function firstProblem(error: z.ZodError): string {
  const issue = error.issues[0];
  return issue.path.length ? `${issue.path.join('.')}: ${issue.message}` : issue.message;
}
