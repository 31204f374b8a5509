// GET /system/df: what the daemon's objects take on disk (types.DiskUsage). Images count the containers
// using them and the bytes they share with other images; containers their writable layer; volumes
// their data and users; the build cache its cached steps (builder/cache/usage.ts).
import type { ContainerSummary, Volume } from './api/containers.ts';
import type { ImageSummary } from './api/images.ts';
import type { ImageStore } from './store/image-store.ts';
import type { BuildCacheEntry } from './builder/cache/usage.ts';

export type { BuildCacheEntry } from './builder/cache/usage.ts';

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
  /** The build cache's records, as BuildKit lists them. */
  cache: BuildCacheEntry[];
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
  return { LayersSize: layersSize, Images: images, Containers: parts.containers, Volumes: volumes, BuildCache: parts.cache };
}
