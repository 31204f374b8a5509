// A simulated registry: Docker Hub seeded from the catalog, or a self-hosted `host:port` one.
// Pushed images live in `pushed` (session state); seeded ones are built from the catalog on demand.
import { hubCatalogPart } from './hub-catalog.ts';
import type { CatalogRepo } from './catalog/types.ts';
import { materialize } from './materialize.ts';
import { compressLayer } from '../model/layer-blob.ts';
import type { RegistryImage, RepositoryInfo } from './types.ts';

const NO_REPOSITORIES: ReadonlyMap<string, CatalogRepo> = new Map();

/** One registry host's repositories. */
export class Registry {
  /** path → tag → image, for what learners pushed here. */
  readonly pushed = new Map<string, Map<string, RegistryImage>>();
  /** Blobs uploaded through the Registry API (configs, layers), by digest. */
  readonly blobs = new Map<string, Uint8Array>();
  /** The exact manifest and index bytes pushed, by digest, so a pull gets the digest the push printed. */
  readonly manifestBlobs = new Map<string, Uint8Array>();
  /** path → digests of the blobs uploaded to or mounted into that repository. */
  readonly links = new Map<string, Set<string>>();

  constructor(
    readonly host: string,
    /** The seeded repositories: Docker Hub's catalog (loaded lazily), none for a self-hosted registry. */
    private readonly seeded?: { load(): Promise<unknown>; get(): ReadonlyMap<string, CatalogRepo> },
  ) {}

  /** Resolves when the seeded repositories are loaded; every other method needs that first. */
  async ready(): Promise<void> {
    await this.seeded?.load();
  }

  private get catalog(): ReadonlyMap<string, CatalogRepo> {
    return this.seeded?.get() ?? NO_REPOSITORIES;
  }

  /** Whether the repository exists (seeded or pushed). */
  hasRepository(path: string): boolean {
    return this.catalog.has(path) || this.pushed.has(path);
  }

  /** The image a tag names, or undefined when the repository or tag does not exist. */
  resolveTag(path: string, tag: string): RegistryImage | undefined {
    const pushed = this.pushed.get(path)?.get(tag);
    if (pushed) return pushed;
    const repo = this.catalog.get(path);
    const key = repo?.tags[tag];
    return repo && key ? materialize(repo.images[key]) : undefined;
  }

  /** The image (index or manifest) with this digest in a repository. */
  resolveDigest(path: string, digest: string): RegistryImage | undefined {
    for (const tag of this.tagsOf(path)) {
      const image = this.resolveTag(path, tag);
      if (!image) continue;
      if (image.digest === digest) return image;
      const manifest = image.manifests.find((m) => m.digest === digest);
      if (manifest) return { digest, isIndex: false, manifests: [manifest] };
    }
    return undefined;
  }

  /** Every tag of a repository, seeded first. */
  tagsOf(path: string): string[] {
    const seeded = Object.keys(this.catalog.get(path)?.tags ?? {});
    const pushed = [...(this.pushed.get(path)?.keys() ?? [])];
    return [...new Set([...seeded, ...pushed])];
  }

  /** Repositories for `docker search` (Docker Hub only). */
  repositories(): RepositoryInfo[] {
    const seeded = [...this.catalog.values()].map(({ name, description, stars, official }) => ({ name, description, stars, official }));
    const pushed = [...this.pushed.keys()].filter((p) => !this.catalog.has(p)).map((name) => ({ name, description: '', stars: 0, official: false }));
    return [...seeded, ...pushed];
  }
}

/** What a registry keeps of learners' pushes, as structured-clone data. */
export interface RegistrySnapshot {
  pushed: [string, [string, RegistryImage][]][];
  blobs: [string, Uint8Array][];
  manifestBlobs: [string, Uint8Array][];
  links: [string, string[]][];
}

/** A copy of a registry's pushed state for the session to save. */
export function registrySnapshot(registry: Registry): RegistrySnapshot {
  return {
    pushed: [...registry.pushed].map(([path, tags]) => [path, [...tags]]),
    blobs: [...registry.blobs],
    manifestBlobs: [...registry.manifestBlobs],
    links: [...registry.links].map(([path, set]) => [path, [...set]]),
  };
}

/** Puts a saved pushed state back into a registry. */
export function restoreRegistry(registry: Registry, saved: RegistrySnapshot): void {
  for (const [path, tags] of saved.pushed) {
    // Snapshots from before layers were served compressed carry no blob: make it from the tar.
    for (const [, image] of tags) for (const m of image.manifests) for (const l of m.layers) if (!l.blob) Object.assign(l, compressLayer(l.tar), { diffId: l.diffId });
    registry.pushed.set(path, new Map(tags));
  }
  for (const [digest, bytes] of saved.blobs) registry.blobs.set(digest, bytes);
  for (const [digest, bytes] of saved.manifestBlobs) registry.manifestBlobs.set(digest, bytes);
  for (const [path, digests] of saved.links) registry.links.set(path, new Set(digests));
}

/** The simulated Docker Hub with the seeded catalog. */
export function dockerHub(): Registry {
  return new Registry('docker.io', hubCatalogPart);
}
