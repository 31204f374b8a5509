// The build cache as BuildKit reports it (GET /system/df's BuildCache, `docker buildx du`): one
// record per cached step, shared when an image holds the same chain of layers (moby's
// imagerefchecker), and one per cache mount, mutable and never shared; none is in use between builds
// (a build holds its records only while it runs).
import { chainIds } from '../../images/references.ts';
import { sha256Digest } from '../../model/digest.ts';
import type { ImageStore } from '../../store/image-store.ts';
import { treeSize } from '../../../vfs/vfs.ts';
import type { BuildCache, CacheMount, CacheRecord } from './build-cache.ts';

/** types.BuildCache: one record as /system/df lists it and `docker buildx du` prints it. */
export interface BuildCacheEntry {
  ID: string;
  Parents: string[] | null;
  Type: string;
  Description: string;
  InUse: boolean;
  Shared: boolean;
  Size: number;
  CreatedAt: string;
  LastUsedAt: string | null;
  UsageCount: number;
}

/** A record as BuildKit's DiskUsage sends it to buildx: the API's fields, and whether it is mutable
 *  (a cache mount; the API's BuildCache has no such field). */
export interface UsageRecord extends BuildCacheEntry {
  Mutable: boolean;
}

// What images hold, in one pass: every prefix of every image's layers as a chain ID, and each bare
// layer (the test for a record from before chain IDs were kept).
function heldByImages(store: ImageStore): { chains: Set<string>; layers: Set<string> } {
  const chains = new Set<string>();
  const layers = new Set<string>();
  for (const image of store.allImages()) {
    const diffIds = store.config(image.id).rootfs.diff_ids;
    for (const diffId of diffIds) layers.add(diffId);
    for (const chainId of chainIds(diffIds)) chains.add(chainId);
  }
  return { chains, layers };
}

/** An ID as BuildKit makes them (a cache record's, a build's ref): 25 characters of base 36, here drawn from `key` (a sha256 digest). */
export function recordId(key: string): string {
  let n = BigInt(`0x${key.replace(/^sha256:/, '').slice(0, 32)}`);
  let id = '';
  for (let i = 0; i < 25; i++, n /= 36n) id += (n % 36n).toString(36);
  return id;
}

/** A record beside what it is in the cache: a step's layer (by cache key) or a cache mount (by cache ID). */
export interface ListedRecord {
  source: { kind: 'layer'; key: string } | { kind: 'mount'; id: string };
  entry: UsageRecord;
}

/** Every record of the cache, each with where it comes from: the steps' layers, then the cache mounts. */
export function cacheListing(cache: BuildCache, store: ImageStore): ListedRecord[] {
  const held = heldByImages(store);
  const layers = cache.all().map((record): ListedRecord => {
    const shared = record.chainId ? held.chains.has(record.chainId) : held.layers.has(record.diffId);
    return { source: { kind: 'layer', key: record.key }, entry: layerEntry(record, shared) };
  });
  const mounts = cache.allMounts().map(([id, mount]): ListedRecord => ({ source: { kind: 'mount', id }, entry: mountEntry(id, mount) }));
  return [...layers, ...mounts];
}

/** Every record of the cache as BuildKit's DiskUsage lists it (for buildx). */
export function buildkitUsage(cache: BuildCache, store: ImageStore): UsageRecord[] {
  return cacheListing(cache, store).map((listed) => listed.entry);
}

/** Every record of the cache as GET /system/df lists it (the API's fields only). */
export function cacheUsage(cache: BuildCache, store: ImageStore): BuildCacheEntry[] {
  return buildkitUsage(cache, store).map(({ Mutable: _mutable, ...entry }) => entry);
}

// A cache mount's entry: mutable, private, its bytes those of its directory now.
function mountEntry(id: string, mount: CacheMount): UsageRecord {
  return {
    ID: recordId(sha256Digest(`cachemount:${id}`)),
    Parents: null,
    Type: 'exec.cachemount',
    Description: mount.description,
    InUse: false,
    Shared: false,
    Size: treeSize(mount.dir),
    CreatedAt: mount.created,
    LastUsedAt: mount.lastUsed,
    UsageCount: mount.usageCount,
    Mutable: true,
  };
}

// A step's record: immutable, shared while an image holds its chain.
function layerEntry(r: CacheRecord, shared: boolean): UsageRecord {
  return {
    ID: recordId(r.key),
    Parents: null,
    Type: 'regular',
    Description: r.description ?? `sha256:${r.diffId.replace(/^sha256:/, '')}`,
    InUse: false,
    Shared: shared,
    Size: r.size,
    CreatedAt: r.created,
    LastUsedAt: r.lastUsed ?? r.created,
    UsageCount: r.usageCount ?? 1,
    Mutable: false,
  };
}
