// The simulated Docker daemon: its state and its API. Each method answers one Engine API endpoint with
// that endpoint's JSON shape (src/engine/api), so the in-browser CLI and `sim --listen` share it.
import type { HistoryResponseItem, ImageDeleteResponseItem, ImageInspect, ImagePruneResponse, ImageSummary, JsonMessage } from './api/images.ts';
import type { EngineHost } from './clock.ts';
import type { Runtime } from './runtime.ts';
import { ImageStore, type ImageStoreSnapshot } from './store/image-store.ts';
import { dockerHub, Registry } from './registry/registry.ts';
import { listImages, type ImageListOptions } from './images/list.ts';
import { startPull, type PullRequest } from './images/pull.ts';
import { lookupImage } from './images/lookup.ts';
import { imageHistory } from './images/history.ts';
import { tagImage } from './images/tag.ts';
import { deleteImage, type ImageDeleteOptions, type ImageUsers } from './images/delete.ts';
import { inspectImage } from './images/inspect.ts';
import { pruneImages } from './images/prune.ts';
import { rfc3339Nano } from './clock.ts';

/** Everything the engine must keep across a reload. */
export interface EngineSnapshot {
  version: 1;
  images: ImageStoreSnapshot;
}

/** The daemon. Construct it fresh, or from a snapshot saved earlier. */
export class Engine {
  readonly store: ImageStore;
  readonly hub: Registry;
  /** The containers using an image, asked before an image is deleted; none until containers exist. */
  imageUsers: ImageUsers = () => [];

  constructor(
    readonly host: EngineHost,
    snapshot?: EngineSnapshot,
    /** Runs container and build processes; the session injects one built on the shell. */
    readonly runtime?: Runtime,
  ) {
    this.store = snapshot ? ImageStore.restore(snapshot.images) : new ImageStore();
    this.hub = dockerHub();
  }

  /** GET /images/json */
  imageList(options?: ImageListOptions): ImageSummary[] {
    return listImages(this.store, options);
  }

  /** POST /images/create — throws EngineError before streaming when the image cannot be resolved. */
  imageCreate(request: PullRequest): AsyncGenerator<JsonMessage> {
    return startPull(this.store, this.registryFor(request.ref.domain), this.host, request);
  }

  /** GET /images/{name}/history */
  imageHistory(nameOrId: string): HistoryResponseItem[] {
    return imageHistory(this.store, nameOrId);
  }

  /** POST /images/{name}/tag?repo=&tag= — `tag` '' means latest. */
  imageTag(name: string, repo: string, tag = ''): void {
    tagImage(this.store, name, repo, tag, rfc3339Nano(this.host.now()));
  }

  /** DELETE /images/{name}?force=&noprune= */
  imageDelete(name: string, options?: ImageDeleteOptions): ImageDeleteResponseItem[] {
    return deleteImage(this.store, this.imageUsers, name, options);
  }

  /** GET /images/{name}/json */
  imageInspect(name: string): ImageInspect {
    return inspectImage(this.store, name);
  }

  /** POST /images/prune?filters= */
  imagesPrune(filters: Record<string, string[]> = {}): ImagePruneResponse {
    return pruneImages(this.store, this.imageUsers, filters, this.host.now());
  }

  /** The full ID of a local image named by ID, short ID or reference; throws `No such image`. */
  resolveImage(nameOrId: string): string {
    return lookupImage(this.store, nameOrId);
  }

  /** A structured-clone copy of the daemon's state. */
  snapshot(): EngineSnapshot {
    return { version: 1, images: this.store.snapshot() };
  }

  private registryFor(domain: string): Registry {
    return domain === 'docker.io' ? this.hub : new Registry(domain);
  }
}
