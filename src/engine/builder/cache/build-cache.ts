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

/** The cache as structured-clone data, for the engine snapshot. */
export interface BuildCacheSnapshot {
  records: CacheRecord[];
  bases?: string[];
  /** `RUN --mount=type=cache` directories by cache ID. */
  mounts?: [string, DirNode][];
}

/** Cache records by key, plus (not persisted) the trees they produced so a hit needs no replay. */
export class BuildCache {
  private records = new Map<string, CacheRecord>();
  private trees = new Map<string, DirNode>();
  /** Base images a build has fetched (BuildKit keeps them in its own store, out of `docker images`). */
  private bases = new Set<string>();
  /** Cache mounts (`RUN --mount=type=cache`): directories kept across builds, never in a layer. */
  private mounts = new Map<string, DirNode>();

  /** The directory of cache mount `id`, made empty (with `meta`) on first use. */
  mountDir(id: string, make: () => DirNode): DirNode {
    let dir = this.mounts.get(id);
    if (!dir) this.mounts.set(id, (dir = make()));
    return dir;
  }

  /** Keeps what a step left in cache mount `id`. */
  setMountDir(id: string, dir: DirNode): void {
    this.mounts.set(id, dir);
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

  /** Forgets every cache mount's directory (mutable records, never shared with an image). */
  dropMounts(): void {
    this.mounts.clear();
  }

  snapshot(): BuildCacheSnapshot {
    return { records: [...this.records.values()].map((r) => ({ ...r })), bases: [...this.bases], mounts: [...this.mounts] };
  }

  static restore(snapshot: BuildCacheSnapshot | undefined): BuildCache {
    const cache = new BuildCache();
    for (const record of snapshot?.records ?? []) cache.records.set(record.key, { ...record });
    for (const id of snapshot?.bases ?? []) cache.bases.add(id);
    for (const [id, dir] of snapshot?.mounts ?? []) cache.mounts.set(id, dir);
    return cache;
  }
}
