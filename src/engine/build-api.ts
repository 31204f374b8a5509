// The build endpoints of the Engine API (POST /build with BuildKit, POST /build/prune) and what buildx
// asks BuildKit directly: the cache's usage and prune, a Dockerfile check, and the build history.
// The builder loads lazily (builder/lazy.ts) and with it the code that keeps a build with a BuildKit
// ref in the history (the history itself loads with the engine: it is part of the saved state).
// The Engine facade extends it.
import type { Runtime } from './runtime.ts';
import type { Registry } from './registry/registry.ts';
import type { BuildCache } from './builder/cache/build-cache.ts';
import { buildkitUsage, type UsageRecord } from './builder/cache/usage.ts';
import type { BuildCachePruneReport, CachePruneOptions } from './builder/cache/prune.ts';
import type { LintResult } from './builder/lint/index.ts';
import { builderPart } from './builder/lazy.ts';
import { hubCatalogPart } from './registry/hub-catalog.ts';
import { publicCatalogPart } from './registry/public-registries.ts';
import { afterLoading } from './lazy-part.ts';
import { recordBuild } from './builder/build/record.ts';
import type { BuildEvent, BuildRequest, BuildResult } from './builder/build/types.ts';
import type { BuildHistory, BuildHistoryRecord } from './builder/history/history.ts';
import { NetworkEndpoints } from './network-api.ts';

/** The build part of the Engine API. */
export abstract class BuildEndpoints extends NetworkEndpoints {
  abstract readonly runtime?: Runtime;
  /** The build cache `docker build` reuses steps from. */
  abstract readonly buildCache: BuildCache;
  /** BuildKit's records of past builds (`docker buildx history`). */
  abstract readonly buildHistory: BuildHistory;
  /** ghcr.io, quay.io …: the seeded public registries a FROM may name. */
  protected abstract readonly publicRegistries: ReadonlyMap<string, { registry: Registry }>;

  /** POST /build (BuildKit): yields progress events, returns the image; throws BuildError and then writes nothing. */
  imageBuild(request: BuildRequest, signal?: AbortSignal): AsyncGenerator<BuildEvent, BuildResult> {
    const publicRegistries = new Map([...this.publicRegistries].map(([host, { registry }]) => [host, registry]));
    const context = { store: this.store, hub: this.hub, publicRegistries, cache: this.buildCache, host: this.host, runtime: this.runtime, signal };
    const stream = afterLoading([builderPart, hubCatalogPart, publicCatalogPart], () => {
      const builder = builderPart.get();
      const built = builder.streamBuild(context, request);
      // Kept in the history from its first event (the record's start time is the build's).
      return request.ref ? builder.keepInHistory(built, this.buildHistory, request.ref, builder.frontendAttrs(request), () => this.host.now()) : built;
    });
    return recordBuild(stream, request, (record) => (this.lastBuildRecord = record));
  }

  /** `docker build --check` on a Dockerfile's text, every stage: the warnings, and the error that stops parsing. */
  async buildCheck(dockerfile: string): Promise<LintResult> { return (await builderPart.load()).checkDockerfile(dockerfile, { mode: 'check' }); }

  /** POST /build/prune?all=&filters=: removes build cache records as moby's builder does; the IDs and bytes freed. */
  async buildPrune(filters: Record<string, string[]> = {}, all = false): Promise<BuildCachePruneReport> { return (await builderPart.load()).apiBuildPrune(this.buildCache, this.store, filters, all, this.host.now()); }

  /** BuildKit's Prune, as buildx calls it over the builder's gRPC (`docker buildx prune`): the records removed. */
  async buildkitPrune(options: Omit<CachePruneOptions, 'now'>): Promise<UsageRecord[]> { return (await builderPart.load()).pruneCache(this.buildCache, this.store, { ...options, now: this.host.now() }); }

  /** BuildKit's DiskUsage, as buildx calls it (`docker buildx du`): the records `filter` (containerd's syntax) selects. */
  async buildkitDiskUsage(filter: readonly string[] = []): Promise<UsageRecord[]> { return (await builderPart.load()).filterEntries(buildkitUsage(this.buildCache, this.store), filter); }

  /** A ref for a new BuildKit build (buildx makes one per build and names the build's local state by it). */
  buildRef(): string { return this.buildHistory.newRef(this.host.now()); }

  /** BuildKit's ListenBuildHistory: every build record, the newest first, with its progress events. */
  buildHistoryList(): BuildHistoryRecord[] { return this.buildHistory.list().map((record) => structuredClone(record)); }

  /** BuildKit's UpdateBuildHistory with Delete; throws `lease "ref_…": not found` for a ref it does not have. */
  buildHistoryRemove(ref: string): void { this.buildHistory.remove(ref); }
}
