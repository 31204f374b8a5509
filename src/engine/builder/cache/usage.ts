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

/** Which layer chains images hold: every prefix of every image's layers, as chain IDs. */
export function heldChains(store: ImageStore): Set<string> {
  const held = new Set<string>();
  for (const image of store.allImages()) for (const chainId of chainIds(store.config(image.id).rootfs.diff_ids)) held.add(chainId);
  return held;
}

/** Whether an image holds the record's layers (a record from before chain IDs were kept: its layer alone). */
export function isShared(record: CacheRecord, held: ReadonlySet<string>, heldLayers: ReadonlySet<string>): boolean {
  return record.chainId ? held.has(record.chainId) : heldLayers.has(record.diffId);
}

/** A record's ID as BuildKit shows it: 25 characters of base 36, here drawn from its cache key. */
export function recordId(record: CacheRecord): string {
  let n = BigInt(`0x${record.key.replace(/^sha256:/, '').slice(0, 32)}`);
  let id = '';
  for (let i = 0; i < 25; i++, n /= 36n) id += (n % 36n).toString(36);
  return id;
}

/** Every record of the cache as BuildKit lists it. */
export function cacheUsage(cache: BuildCache, store: ImageStore): BuildCacheEntry[] {
  const held = heldChains(store);
  const heldLayers = new Set(store.allImages().flatMap((image) => store.config(image.id).rootfs.diff_ids));
  return cache.all().map((r) => usageEntry(r, isShared(r, held, heldLayers)));
}

/** One record's entry. */
export function usageEntry(r: CacheRecord, shared: boolean): BuildCacheEntry {
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
