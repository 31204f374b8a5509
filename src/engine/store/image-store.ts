// The local image store: content-addressed blobs, image records, and the names that point at them.
// The only writer of local image state; everything in it is plain data so a snapshot survives a reload.
import { sha256Digest } from '../model/digest.ts';
import { decodeConfig, encodeConfig, type ImageConfigFile } from '../model/image-config.ts';
import { familiarString, parseNormalizedNamed } from '../model/reference/normalize.ts';
import { NO_EVENTS, type EventSink } from '../events/log.ts';

/** A layer as the store keeps it: its uncompressed tar (digest = diffID) and the size Docker reports. */
export interface LayerRecord {
  diffId: string;
  size: number;
}

/** An image: its ID is the sha256 of its config blob. */
export interface ImageRecord {
  id: string;
  parent: string; // the image it was built or committed from, '' when pulled
  lastTagTime?: string;
}

/** Everything the store holds, as structured-clone data for IndexedDB. */
export interface ImageStoreSnapshot {
  blobs: [string, Uint8Array][];
  layers: LayerRecord[];
  images: ImageRecord[];
  tags: [string, string][];
  digests: [string, string][];
  /** Images deleted while a container stood on them (content kept, no record or name). */
  retained?: string[];
}

/** Content-addressed blobs + images + tags. Names are canonical (`docker.io/library/alpine:latest`). */
export class ImageStore {
  private blobs = new Map<string, Uint8Array>();
  private layers = new Map<string, LayerRecord>();
  private images = new Map<string, ImageRecord>();
  private decoded = new Map<string, Readonly<ImageConfigFile>>();
  /** canonical `name:tag` → image ID, in the order the tags were made. */
  readonly tags = new Map<string, string>();
  /** The daemon's event log: image operations report to it (the engine sets it; none outside a daemon). */
  events: EventSink = NO_EVENTS;
  /** canonical `name@sha256:…` (the manifest digest it was pulled by) → image ID. */
  readonly digests = new Map<string, string>();
  // Deleted images whose config and layers stay while a container stands on them: dockerd's layer
  // store holds each container's layer on its image's chain, so `rmi -f` leaves what they need.
  private retained = new Set<string>();

  /** Stores bytes under their sha256 and returns the digest; identical bytes are stored once. */
  putBlob(bytes: Uint8Array): string {
    const digest = sha256Digest(bytes);
    if (!this.blobs.has(digest)) this.blobs.set(digest, bytes);
    return digest;
  }

  /** The bytes of a blob, if present. */
  getBlob(digest: string): Uint8Array | undefined {
    return this.blobs.get(digest);
  }

  /** Adds a layer tar; returns its record (existing when the same bytes are already here). */
  putLayer(tar: Uint8Array, size: number): LayerRecord {
    const diffId = this.putBlob(tar);
    const existing = this.layers.get(diffId);
    if (existing) return existing;
    const record = { diffId, size };
    this.layers.set(diffId, record);
    return record;
  }

  /** Whether a layer with this diffID is stored. */
  hasLayer(diffId: string): boolean {
    return this.layers.has(diffId);
  }

  /** The record of a stored layer. */
  layer(diffId: string): LayerRecord | undefined {
    return this.layers.get(diffId);
  }

  /** The tar bytes of a stored layer. */
  layerTar(diffId: string): Uint8Array | undefined {
    return this.blobs.get(diffId);
  }

  /** Stores an image config (and so the image); returns the image ID. */
  putImage(config: ImageConfigFile, parent = ''): string {
    const id = this.putBlob(encodeConfig(config));
    if (!this.images.has(id)) this.images.set(id, { id, parent });
    return id;
  }

  /** The record of an image by full ID. */
  image(id: string): ImageRecord | undefined {
    return this.images.get(id);
  }

  /** The parsed config of an image. */
  config(id: string): ImageConfigFile {
    const bytes = this.blobs.get(id);
    if (!bytes) throw new Error(`image config ${id} missing from the store`);
    return decodeConfig(bytes);
  }

  /** The image's config for a reader that does not change it, decoded once (a config blob never changes). */
  configView(id: string): Readonly<ImageConfigFile> {
    let config = this.decoded.get(id);
    if (!config) this.decoded.set(id, (config = this.config(id)));
    return config;
  }

  /** Each image's names, its tags then its repo digests, in one pass over them (listings of many images). */
  namesByImage(): Map<string, string[]> {
    const names = new Map<string, string[]>();
    for (const map of [this.tags, this.digests]) {
      for (const [name, id] of map) {
        const list = names.get(id);
        if (list) list.push(name);
        else names.set(id, [name]);
      }
    }
    return names;
  }

  /** All images, in the order they were stored. */
  allImages(): ImageRecord[] {
    return [...this.images.values()];
  }

  /** The image's size as `docker images` shows it: the sum of its layers' sizes. */
  imageSize(id: string): number {
    return this.configView(id).rootfs.diff_ids.reduce((sum, diffId) => sum + (this.layers.get(diffId)?.size ?? 0), 0);
  }

  /** Points a tag at an image (moving it if it pointed elsewhere). */
  setTag(name: string, id: string, now: string): void {
    this.tags.delete(name);
    this.tags.set(name, id);
    const record = this.images.get(id);
    if (record) record.lastTagTime = now;
    // moby's TagImage logs the tag event (docker tag, and a build naming its result).
    this.events.emit('image', 'tag', id, { ...imageLabels(this, id), name: familiarString(parseNormalizedNamed(name)) });
  }

  /** Points a tag at an image without touching its LastTagTime, as a pull records its tag (moby's AddTag). */
  addTag(name: string, id: string): void {
    this.tags.delete(name);
    this.tags.set(name, id);
  }

  /** The tags pointing at an image, in the order they were made. */
  tagsOf(id: string): string[] {
    return [...this.tags].filter(([, target]) => target === id).map(([name]) => name);
  }

  /** The repo digests (`name@sha256:…`) recorded for an image. */
  digestsOf(id: string): string[] {
    return [...this.digests].filter(([, target]) => target === id).map(([name]) => name);
  }

  /** Removes an image record and its names, and the blobs no other image uses; with `retain` (a
   *  container still stands on it) its config and layers stay until `release`. */
  deleteImage(id: string, options: { retain?: boolean } = {}): void {
    this.images.delete(id);
    for (const [name, target] of [...this.tags]) if (target === id) this.tags.delete(name);
    for (const [name, target] of [...this.digests]) if (target === id) this.digests.delete(name);
    if (options.retain || this.retained.has(id)) this.retained.add(id);
    else this.dropContent(id);
  }

  /** The last container on a deleted image is gone: its config and the layers nothing else uses go too. */
  release(id: string): void {
    if (!this.retained.delete(id) || this.images.has(id)) return;
    this.dropContent(id);
  }

  /** Whether an image's config and layers are here (a live image, or a deleted one a container holds). */
  hasContent(id: string): boolean {
    return this.images.has(id) || this.retained.has(id);
  }

  /** The deleted images whose content a container still holds. */
  retainedImages(): string[] {
    return [...this.retained];
  }

  // Deletes the config blob and the layers no live or retained image stands on.
  private dropContent(id: string): void {
    const config = this.config(id);
    this.blobs.delete(id);
    const used = new Set([...this.images.keys(), ...this.retained].flatMap((held) => this.config(held).rootfs.diff_ids));
    for (const diffId of config.rootfs.diff_ids) {
      if (!used.has(diffId)) {
        this.layers.delete(diffId);
        this.blobs.delete(diffId);
      }
    }
  }

  /** Bytes held in blobs: what the store costs. */
  storedBytes(): number {
    let total = 0;
    for (const bytes of this.blobs.values()) total += bytes.length;
    return total;
  }

  /** A structured-clone copy of the whole store. */
  snapshot(): ImageStoreSnapshot {
    return {
      blobs: [...this.blobs],
      layers: [...this.layers.values()].map((l) => ({ ...l })),
      images: [...this.images.values()].map((i) => ({ ...i })),
      tags: [...this.tags],
      digests: [...this.digests],
      ...(this.retained.size > 0 ? { retained: [...this.retained] } : {}),
    };
  }

  /** Rebuilds a store from a snapshot. */
  static restore(snapshot: ImageStoreSnapshot): ImageStore {
    const store = new ImageStore();
    store.blobs = new Map(snapshot.blobs);
    store.layers = new Map(snapshot.layers.map((l) => [l.diffId, { ...l }]));
    store.images = new Map(snapshot.images.map((i) => [i.id, { ...i }]));
    for (const [k, v] of snapshot.tags) store.tags.set(k, v);
    for (const [k, v] of snapshot.digests) store.digests.set(k, v);
    // A retained image whose config did not come back cannot be used; forget it rather than fail later.
    for (const id of snapshot.retained ?? []) if (store.blobs.has(id)) store.retained.add(id);
    return store;
  }
}

/** An image's labels, which dockerd adds to the attributes of the image's events. */
export function imageLabels(store: ImageStore, id: string): Record<string, string> {
  return store.hasContent(id) ? { ...(store.configView(id).config.Labels ?? {}) } : {};
}
