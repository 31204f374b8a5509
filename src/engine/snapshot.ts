// What the engine keeps across a reload: one plain, structured-clone document of its stores.
import type { ImageStoreSnapshot } from './store/image-store.ts';
import type { RegistrySnapshot } from './registry/registry.ts';
import type { VolumeStoreSnapshot } from './volumes/store.ts';
import type { ContainersSnapshot } from './containers/manager.ts';
import type { BuildCacheSnapshot } from './builder/cache/build-cache.ts';
import type { ContainerRegistryState } from './registry/container-registry.ts';
import type { BuildRecord } from './builder/build/record.ts';
import type { BuildHistorySnapshot } from './builder/history/history.ts';

/** Everything the engine must keep across a reload. */
export interface EngineSnapshot {
  version: 1;
  images: ImageStoreSnapshot;
  /** Containers and their own layers (absent in snapshots saved before containers existed). */
  containers?: ContainersSnapshot;
  volumes?: VolumeStoreSnapshot;
  /** What learners pushed to Docker Hub, and the Hub accounts their logins created. */
  hub?: RegistrySnapshot & { accounts: [string, string][] };
  /** BuildKit's build cache (absent in snapshots saved before builds existed). */
  buildCache?: BuildCacheSnapshot;
  /** What learners pushed to `registry:2` containers, by container ID. */
  registries?: [string, ContainerRegistryState][];
  /** What the last `docker build` did (the workbench's picture draws it); absent before any build. */
  lastBuild?: BuildRecord;
  /** BuildKit's build records (`docker buildx history`); absent in snapshots saved before it was kept. */
  buildHistory?: BuildHistorySnapshot;
}

