// GET /system/df: what the daemon's objects take on disk (types.DiskUsage). Images count the containers
// using them and the bytes they share with other images; containers their writable layer; volumes
// their data and users; the build cache its cached steps (a regular record each, shared with no image).
import type { ContainerSummary, Volume } from './api/containers.ts';
import type { ImageSummary } from './api/images.ts';
import type { ImageStore } from './store/image-store.ts';
import type { CacheRecord } from './builder/cache/build-cache.ts';

/** types.BuildCache as /system/df lists it. */
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

/** types.DiskUsage. */
export interface DiskUsage {
  LayersSize: number;
  Images: ImageSummary[];
  Containers: ContainerSummary[];
  Volumes: Volume[];
  BuildCache: BuildCacheEntry[];
}

/** What /system/df needs: the lists as their endpoints give them, sizes included. */
export interface DiskUsageParts {
  store: ImageStore;
  images: ImageSummary[];
  containers: ContainerSummary[];
  volumes: Volume[];
  volumeSize(name: string): number;
  volumeUsers(name: string): number;
  cache: readonly CacheRecord[];
}

/** The disk usage document. */
export function diskUsage(parts: DiskUsageParts): DiskUsage {
  const { store } = parts;
  const layersOf = (id: string) => store.configView(id).rootfs.diff_ids;
  const layerSize = (diffId: string) => store.layer(diffId)?.size ?? 0;
  const owners = new Map<string, number>();
  for (const image of parts.images) for (const diffId of new Set(layersOf(image.Id))) owners.set(diffId, (owners.get(diffId) ?? 0) + 1);
  const layersSize = [...owners.keys()].reduce((sum, diffId) => sum + layerSize(diffId), 0);
  const images = parts.images.map((image) => ({
    ...image,
    SharedSize: [...new Set(layersOf(image.Id))].filter((d) => (owners.get(d) ?? 0) > 1).reduce((sum, d) => sum + layerSize(d), 0),
    Containers: parts.containers.filter((c) => c.ImageID === image.Id).length,
  }));
  const volumes = parts.volumes.map((v) => ({ ...v, UsageData: { Size: parts.volumeSize(v.Name), RefCount: parts.volumeUsers(v.Name) } }));
  const cache = parts.cache.map((r) => ({
    ID: r.key.replace(/^sha256:/, '').slice(0, 25),
    Parents: null,
    Type: 'regular',
    Description: `sha256:${r.diffId.replace(/^sha256:/, '')}`,
    InUse: false,
    Shared: false,
    Size: r.size,
    CreatedAt: r.created,
    LastUsedAt: r.created,
    UsageCount: 1,
  }));
  return { LayersSize: layersSize, Images: images, Containers: parts.containers, Volumes: volumes, BuildCache: cache };
}
