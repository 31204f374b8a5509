// What persistence needs from the daemon, split so that a save writes only what a command changed:
// blobs by digest (written once), a metadata document (KiBs), and trees, each with a version that
// moves whenever its content may have changed. `assembleSnapshot` puts the parts back together.
import type { DirNode } from '../../vfs/types.ts';
import type { TarEntry } from '../../vfs/tar/entry.ts';
import type { Vfs } from '../../vfs/vfs.ts';
import { layerFromDiff } from '../../vfs/layers/index.ts';
import type { ImageStoreSnapshot } from '../store/image-store.ts';
import type { Container, ContainerRecord } from '../containers/container.ts';
import type { VolumeRecord } from '../volumes/store.ts';
import type { RegistrySnapshot } from '../registry/registry.ts';
import type { BuildCacheSnapshot, CacheRecord } from '../builder/cache/build-cache.ts';
import type { ContainersSnapshot } from '../containers/manager.ts';
import type { NetworkRecord } from '../network/store.ts';
import type { BuildRecord } from '../builder/build/record.ts';
import type { BuildEvent } from '../builder/build/types.ts';
import type { BuildHistoryRecord, BuildHistorySnapshot } from '../builder/history/history.ts';
import { sha256Digest } from '../model/digest.ts';
import { decodeUtf8, encodeUtf8 } from '../../vfs/utf8.ts';
import { containerRegistryState, type ContainerRegistryState } from '../registry/container-registry.ts';

/** The parts of the daemon a capture reads (the Engine facade provides them). */
export interface StateSource {
  store: { snapshot(): ImageStoreSnapshot };
  containers: { all(): Container[]; snapshotCounter(): number; snapshotNetworks?(): NetworkRecord[] };
  volumes: { snapshot(): VolumeRecord[] };
  buildCache: { snapshot(): BuildCacheSnapshot };
  hubSnapshot(): HubSnapshot;
  /** What the last build did (the workbench draws it), if there was one. */
  lastBuild?(): BuildRecord | undefined;
  /** BuildKit's build records (live: a capture copies what it keeps). */
  buildHistory?: { list(): BuildHistoryRecord[] };
}

/** What learners pushed to Docker Hub, and its accounts. */
export type HubSnapshot = RegistrySnapshot & { accounts: [string, string][] };

/** The whole engine as one structured-clone value (what `new Engine(host, snapshot)` restores). */
export interface AssembledSnapshot {
  version: 1;
  images: ImageStoreSnapshot;
  containers: ContainersSnapshot;
  volumes: VolumeRecord[];
  hub: HubSnapshot;
  buildCache: BuildCacheSnapshot;
  /** The registries `registry:2` containers serve, by container ID. */
  registries?: [string, ContainerRegistryState][];
  /** The last build's record (plain data), so the picture shows it again after a reload. */
  lastBuild?: BuildRecord;
  buildHistory?: BuildHistorySnapshot;
}

/** A tree kept apart from the document: a container's own layer or a volume's files. */
export interface StateTree {
  /** Stable while the tree exists: `container:<id>`, `volume:<name>`. */
  id: string;
  /** Equal versions mean equal content (within one engine's life). */
  version: string;
  read(): DirNode | TarEntry[];
}

/** The engine snapshot with every blob replaced by its digest and every tree by its id. */
export interface EngineDocument {
  version: 1;
  images: Omit<ImageStoreSnapshot, 'blobs'> & { blobs: string[] };
  containers: { counter: number; containers: { record: ContainerRecord; layer: string }[]; networks?: NetworkRecord[] };
  volumes: (Omit<VolumeRecord, 'tree'> & { tree: string })[];
  hub: Omit<RegistrySnapshot, 'blobs' | 'manifestBlobs'> & { blobs: string[]; manifestBlobs: string[]; accounts: [string, string][] };
  buildCache: { records: (Omit<CacheRecord, 'tar'> & { tar: string })[]; bases?: string[] };
  /** What learners pushed to `registry:2` containers, by container ID (blobs by digest). */
  registries?: [string, { host: string; pushed: RegistryDocument }][];
  /** The last build's record: steps, outcomes and the layers they made (a few hundred bytes), its
   *  digests written without `sha256:` (weakBuildRecord) so that it points at blobs without keeping them. */
  lastBuild?: BuildRecord;
  /** BuildKit's build records, each one's progress events in a blob of their own (JSON) named by its digest. */
  buildHistory?: (Omit<BuildHistoryRecord, 'events'> & { events: string })[];
}

// The collector keeps every blob whose digest a saved record names as a string: the last build only
// points at its image and layers (they may be removed or pruned since), so it names them by hex alone.
const weak = (digest: string) => digest.replace(/^sha256:/, '');
const strong = (digest: string) => (digest.startsWith('sha256:') ? digest : `sha256:${digest}`);

/** The record as the document keeps it: image ID and layer digests by hex, which name no blob. */
function weakBuildRecord(record: BuildRecord): BuildRecord {
  return { ...structuredClone(record), ...(record.imageId ? { imageId: weak(record.imageId) } : {}), steps: record.steps.map((s) => ({ ...s, ...(s.layer ? { layer: weak(s.layer) } : {}) })) };
}

/** The record again from the document's form. */
function strongBuildRecord(record: BuildRecord): BuildRecord {
  return { ...record, ...(record.imageId ? { imageId: strong(record.imageId) } : {}), steps: record.steps.map((s) => ({ ...s, ...(s.layer ? { layer: strong(s.layer) } : {}) })) };
}

/** Every blob digest a document names (what a load must read, and what a journal has stored). */
export function documentBlobs(document: EngineDocument): string[] {
  const registries = (document.registries ?? []).flatMap(([, { pushed }]) => [...pushed.blobs, ...pushed.manifestBlobs]);
  const logs = (document.buildHistory ?? []).map((r) => r.events);
  return [...new Set([...document.images.blobs, ...document.hub.blobs, ...document.hub.manifestBlobs, ...document.buildCache.records.map((r) => r.tar), ...registries, ...logs])];
}

/** A registry's pushed state with its blobs replaced by their digests. */
type RegistryDocument = Omit<RegistrySnapshot, 'blobs' | 'manifestBlobs'> & { blobs: string[]; manifestBlobs: string[] };

/** The daemon's state in parts: the document, every blob it references, and its trees. */
export interface EngineState {
  document: EngineDocument;
  blobs: Map<string, Uint8Array>;
  trees: StateTree[];
}

// A version string for a set of filesystems: changes when any of them changes or the set does.
function versionOf(parts: readonly (readonly [string, Vfs])[]): string {
  return parts.map(([id, fs]) => `${id}:${fs.generation}`).join('|');
}

/** Splits the engine's state; costs the number of records and blobs, not the bytes or files. With
 *  `hostFs`, the host's files are a tree too (id `host`), changed also by containers with bind mounts. */
export function captureState(engine: StateSource, hostFs?: Vfs): EngineState {
  const blobs = new Map<string, Uint8Array>();
  const keep = (pairs: Iterable<[string, Uint8Array]>) => [...pairs].map(([digest, bytes]) => (blobs.set(digest, bytes), digest));
  const images = engine.store.snapshot();
  const trees: StateTree[] = [];
  const containers = engine.containers.all();
  const document: EngineDocument = {
    version: 1,
    images: { ...images, blobs: keep(images.blobs) },
    containers: {
      counter: engine.containers.snapshotCounter(),
      networks: engine.containers.snapshotNetworks?.() ?? [],
      containers: containers.map((c) => {
        const id = `container:${c.id}`;
        trees.push({ id, version: String(c.fs.generation), read: () => layerFromDiff(c.base, c.ownTree()) });
        return { record: c.record, layer: id };
      }),
    },
    volumes: engine.volumes.snapshot().map(({ tree, ...volume }) => {
      const id = `volume:${volume.name}`;
      // A volume changes only through the containers it is mounted in.
      const users = containers.filter((c) => c.record.mounts.some((m) => m.Type === 'volume' && m.Name === volume.name));
      trees.push({ id, version: versionOf(users.map((c) => [c.id, c.fs] as const)), read: () => tree });
      return { ...volume, tree: id };
    }),
    hub: hubDocument(engine, keep),
    buildCache: cacheDocument(engine, blobs),
    registries: containers.flatMap((c) => {
      const registry = containerRegistryState(c.fs);
      return registry ? [[c.id, { host: registry.host, pushed: { ...registry.pushed, blobs: keep(registry.pushed.blobs), manifestBlobs: keep(registry.pushed.manifestBlobs) } }] as [string, { host: string; pushed: RegistryDocument }]] : [];
    }),
  };
  const lastBuild = engine.lastBuild?.();
  if (lastBuild) document.lastBuild = weakBuildRecord(lastBuild);
  const history = engine.buildHistory?.list() ?? [];
  if (history.length > 0) document.buildHistory = history.map((record) => historyDocument(record, blobs));
  if (hostFs) trees.push({ id: 'host', version: versionOf([['host', hostFs], ...bindMounters(engine)]), read: () => hostFs.root });
  return { document, blobs, trees };
}

// The containers with a bind mount: writes through them change the host's files.
function bindMounters(engine: StateSource): (readonly [string, Vfs])[] {
  return engine.containers
    .all()
    .filter((c) => c.record.mounts.some((m) => m.Type === 'bind'))
    .map((c) => [c.id, c.fs] as const);
}

function hubDocument(engine: StateSource, keep: (pairs: Iterable<[string, Uint8Array]>) => string[]): EngineDocument['hub'] {
  const hub = engine.hubSnapshot();
  return { ...hub, blobs: keep(hub.blobs), manifestBlobs: keep(hub.manifestBlobs) };
}

function cacheDocument(engine: StateSource, blobs: Map<string, Uint8Array>): EngineDocument['buildCache'] {
  // Cache mounts stay out: a cache a build refills, not worth a reload's bytes (the schema drops them).
  const { records, bases } = engine.buildCache.snapshot();
  // A cached step's tar is its layer, whose digest is the diffID.
  return { records: records.map(({ tar, ...record }) => (blobs.set(record.diffId, tar), { ...record, tar: record.diffId })), ...(bases ? { bases } : {}) };
}

/** A journal's parts of a daemon: the document, and its blobs and trees as loaded. */
export interface EngineParts {
  document: EngineDocument;
  blobs: ReadonlyMap<string, Uint8Array>;
  trees: ReadonlyMap<string, unknown>;
}

/** The engine snapshot again, from a document, its blobs and its trees (throws naming the first part that is missing). */
export function assembleSnapshot({ document, blobs, trees }: EngineParts): AssembledSnapshot {
  const blob = (digest: string) => blobs.get(digest);
  const tree = (id: string) => trees.get(id);
  const bytes = (digest: string): [string, Uint8Array] => {
    const found = blob(digest);
    if (!found) throw new Error(`blob ${digest} is missing`);
    return [digest, found];
  };
  const part = <T>(id: string): T => {
    const found = tree(id);
    if (found === undefined) throw new Error(`${id.replace(':', ' ')} is missing`);
    return found as T;
  };
  return {
    version: 1,
    images: { ...document.images, blobs: document.images.blobs.map(bytes) },
    containers: {
      counter: document.containers.counter,
      containers: document.containers.containers.map((c) => ({ record: c.record, layer: part<TarEntry[]>(c.layer) })),
      networks: document.containers.networks ?? [],
    },
    volumes: document.volumes.map((v) => ({ ...v, tree: part<DirNode>(v.tree) })),
    hub: { ...document.hub, blobs: document.hub.blobs.map(bytes), manifestBlobs: document.hub.manifestBlobs.map(bytes) },
    buildCache: { ...document.buildCache, records: document.buildCache.records.map((r) => ({ ...r, tar: bytes(r.tar)[1] })) },
    registries: (document.registries ?? []).map(([id, { host, pushed }]) => [id, { host, pushed: { ...pushed, blobs: pushed.blobs.map(bytes), manifestBlobs: pushed.manifestBlobs.map(bytes) } }]),
    ...(document.lastBuild ? { lastBuild: strongBuildRecord(document.lastBuild) } : {}),
    // A record whose log is missing or damaged keeps its summary: a build's log is never worth the machine.
    ...(document.buildHistory ? { buildHistory: document.buildHistory.map((r) => ({ ...r, events: historyEvents(blob(r.events)) })) } : {}),
  };
}

// A record's events go into a blob of their own, written once: a build never changes after it ends, so
// an ended record's blob is made once per session (a save costs what changed, not the whole history).
const endedLogs = new WeakMap<BuildHistoryRecord, [string, Uint8Array]>();
function historyDocument(record: BuildHistoryRecord, blobs: Map<string, Uint8Array>): Omit<BuildHistoryRecord, 'events'> & { events: string } {
  let log = endedLogs.get(record);
  if (!log) {
    const bytes = encodeUtf8(JSON.stringify(record.events));
    log = [sha256Digest(bytes), bytes];
    if (record.completedAt !== undefined) endedLogs.set(record, log);
  }
  blobs.set(log[0], log[1]);
  const { events: _events, ...summary } = record;
  return { ...structuredClone(summary), events: log[0] };
}

function historyEvents(bytes: Uint8Array | undefined): BuildEvent[] {
  if (!bytes) return [];
  try {
    const events: unknown = JSON.parse(decodeUtf8(bytes));
    if (!Array.isArray(events)) return [];
    // Only events of a known kind, on a numbered vertex, go on to the progress printer that replays them.
    const kinds = new Set(['start', 'status', 'log', 'warning', 'cached', 'done', 'error']);
    return events.filter((e): e is BuildEvent => typeof e === 'object' && e !== null && kinds.has(e.type) && typeof e.vertex === 'number');
  } catch {
    return [];
  }
}
