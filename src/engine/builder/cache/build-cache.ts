// BuildKit's build cache: a step's result is found by a key chained from its parent's key, the
// instruction, the build args in scope and (for COPY/ADD) the checksum of its sources. Records keep
// the layer the step wrote, so a hit reuses it byte for byte and the image ID comes out the same.
import type { DirNode } from '../../../vfs/types.ts';
import { sha256Digest } from '../../model/digest.ts';

/** One cached step: the layer it wrote and when (history `created`). */
export interface CacheRecord {
  key: string;
  diffId: string;
  size: number;
  tar: Uint8Array;
  created: string;
  /** The chain ID of the layers up to and including this one: an image holding that chain shares the record. */
  chainId?: string;
  /** What BuildKit calls the step's snapshot (`mount / from exec /bin/sh -c …`, `[2/3] COPY . .`). */
  description?: string;
  /** When a build last used it, and how many builds have (made or reused it); absent: `created`, once. */
  lastUsed?: string;
  usageCount?: number;
}

/** A cache mount (`RUN --mount=type=cache`): a directory kept across builds, never in a layer, which
 *  BuildKit lists as a mutable record of type `exec.cachemount`. */
export interface CacheMount {
  dir: DirNode;
  /** `cached mount /root/.cache from exec /bin/sh -c …`: the target and the step that made it. */
  description: string;
  created: string;
  lastUsed: string;
  usageCount: number;
}

/** How a step uses a cache mount: what BuildKit names it when it makes it, and when. */
export interface MountUse {
  description: string;
  /** RFC 3339. */
  at: string;
}

/** The cache as structured-clone data, for the engine snapshot. */
export interface BuildCacheSnapshot {
  records: CacheRecord[];
  bases?: string[];
  /** `RUN --mount=type=cache` directories by cache ID (kept by a fork of the engine, not by a reload's save). */
  mounts?: [string, CacheMount][];
}

/** Cache records by key, plus (not persisted) the trees they produced so a hit needs no replay. */
export class BuildCache {
  private records = new Map<string, CacheRecord>();
  private trees = new Map<string, DirNode>();
  /** Base images a build has fetched (BuildKit keeps them in its own store, out of `docker images`). */
  private bases = new Set<string>();
  /** Cache mounts (`RUN --mount=type=cache`) by cache ID. */
  private mounts = new Map<string, CacheMount>();

  /** The directory of cache mount `id` for a step that uses it: made empty by `make` on first use,
   *  else the one kept, its last use and count moved on as BuildKit's are. */
  mountDir(id: string, make: () => DirNode, use: MountUse): DirNode {
    const mount = this.mounts.get(id);
    if (!mount) {
      const dir = make();
      this.mounts.set(id, { dir, description: use.description, created: use.at, lastUsed: use.at, usageCount: 1 });
      return dir;
    }
    mount.lastUsed = use.at;
    mount.usageCount += 1;
    return mount.dir;
  }

  /** Keeps what a step left in cache mount `id`. */
  setMountDir(id: string, dir: DirNode): void {
    const mount = this.mounts.get(id);
    if (mount) mount.dir = dir;
  }

  /** Every cache mount, by cache ID. */
  allMounts(): [string, CacheMount][] {
    return [...this.mounts];
  }

  /** Forgets cache mount `id` and what it holds. */
  removeMount(id: string): void {
    this.mounts.delete(id);
  }

  hasBase(id: string): boolean {
    return this.bases.has(id);
  }

  addBase(id: string): void {
    this.bases.add(id);
  }

  /** Chains a key: sha256 over the parent key and the parts that define the step. */
  static key(parent: string, ...parts: unknown[]): string {
    return sha256Digest(JSON.stringify([parent, ...parts]));
  }

  get(key: string): CacheRecord | undefined {
    return this.records.get(key);
  }

  /** Marks a record used by a build at `at` (RFC 3339), as BuildKit updates its last-used time and count. */
  touch(key: string, at: string): void {
    const record = this.records.get(key);
    if (!record) return;
    record.lastUsed = at;
    record.usageCount = (record.usageCount ?? 1) + 1;
  }

  put(record: CacheRecord, tree?: DirNode): void {
    this.records.set(record.key, record);
    if (tree) this.trees.set(record.key, tree);
  }

  /** The tree a cached step produced, when this session still holds it. */
  tree(key: string): DirNode | undefined {
    return this.trees.get(key);
  }

  rememberTree(key: string, tree: DirNode): void {
    this.trees.set(key, tree);
  }

  /** Every cached step (`docker system df -v` lists them). */
  all(): readonly CacheRecord[] {
    return [...this.records.values()];
  }

  /** How many records (`docker builder prune` would count them). */
  get size(): number {
    return this.records.size;
  }

  /** Forgets the records with these keys (what a prune chose). */
  remove(keys: Iterable<string>): void {
    for (const key of keys) {
      this.records.delete(key);
      this.trees.delete(key);
    }
  }

  /** Forgets every base image a build fetched for which `keep` is false. */
  dropBases(keep: (id: string) => boolean): void {
    for (const id of this.bases) if (!keep(id)) this.bases.delete(id);
  }

  snapshot(): BuildCacheSnapshot {
    return { records: [...this.records.values()].map((r) => ({ ...r })), bases: [...this.bases], mounts: [...this.mounts].map(([id, m]) => [id, { ...m }]) };
  }

  static restore(snapshot: BuildCacheSnapshot | undefined): BuildCache {
    const cache = new BuildCache();
    for (const record of snapshot?.records ?? []) cache.records.set(record.key, { ...record });
    for (const id of snapshot?.bases ?? []) cache.bases.add(id);
    // A snapshot from before mounts kept their metadata holds bare directories: a cache, so let them go.
    for (const [id, mount] of snapshot?.mounts ?? []) if ('dir' in mount) cache.mounts.set(id, { ...mount });
    return cache;
  }
}
