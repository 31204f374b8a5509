// The build cache as BuildKit reports it (GET /system/df's BuildCache, `docker buildx du`): one
// record per cached step, shared when an image holds the same chain of layers (moby's
// imagerefchecker), and never in use between builds (a build holds its records only while it runs).
import { chainIds } from '../../images/references.ts';
import type { ImageStore } from '../../store/image-store.ts';
import type { BuildCache, CacheRecord } from './build-cache.ts';

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

/** A record's ID as BuildKit shows it: 25 characters of base 36, here drawn from its cache key. */
export function recordId(record: CacheRecord): string {
  let n = BigInt(`0x${record.key.replace(/^sha256:/, '').slice(0, 32)}`);
  let id = '';
  for (let i = 0; i < 25; i++, n /= 36n) id += (n % 36n).toString(36);
  return id;
}

/** A cache record beside its entry as BuildKit lists it. */
export interface ListedRecord {
  record: CacheRecord;
  entry: BuildCacheEntry;
}

/** Every record of the cache, each with its entry. */
export function cacheListing(cache: BuildCache, store: ImageStore): ListedRecord[] {
  const held = heldByImages(store);
  return cache.all().map((record) => {
    const shared = record.chainId ? held.chains.has(record.chainId) : held.layers.has(record.diffId);
    return { record, entry: usageEntry(record, shared) };
  });
}

/** Every record of the cache as BuildKit lists it. */
export function cacheUsage(cache: BuildCache, store: ImageStore): BuildCacheEntry[] {
  return cacheListing(cache, store).map((listed) => listed.entry);
}

// One record's entry.
function usageEntry(r: CacheRecord, shared: boolean): BuildCacheEntry {
  return {
    ID: recordId(r),
    Parents: null,
    Type: 'regular',
    Description: r.description ?? `sha256:${r.diffId.replace(/^sha256:/, '')}`,
    InUse: false,
    Shared: shared,
    Size: r.size,
    CreatedAt: r.created,
    LastUsedAt: r.lastUsed ?? r.created,
    UsageCount: r.usageCount ?? 1,
  };
}
