// GET /images/get?names=…: `docker save` as dockerd 28 writes it (image/tarexport): an OCI image layout
// (oci-layout, index.json, blobs/sha256/…) that also carries Docker's manifest.json and the legacy
// `repositories` file, so both `docker load` and OCI tools read it. Layers are the uncompressed tars.
import { unixSeconds } from '../clock.ts';
import { sha256Digest } from '../model/digest.ts';
import { parseNormalizedNamed, familiarString } from '../model/reference/normalize.ts';
import type { NamedReference } from '../model/reference/parse.ts';
import { InvalidReferenceError } from '../model/reference/errors.ts';
import { imageLabels, type ImageStore } from '../store/image-store.ts';
import { writeTar } from '../../vfs/tar/write.ts';
import type { TarEntry } from '../../vfs/tar/entry.ts';
import { encodeUtf8 } from '../../vfs/utf8.ts';
import { findImage } from './lookup.ts';
import { InvalidImageReference, NoSuchImage, ReferenceDoesNotExist } from '../errors/image.ts';

interface SavedImage {
  id: string;
  refs: NamedReference[];
}

/** The archive bytes for the named images; throws EngineError when a name matches nothing. */
export function saveImages(store: ImageStore, names: readonly string[], nowMs: number): Uint8Array {
  const images = resolveNames(store, names);
  const files = new Map<string, { data: Uint8Array; mtime: number }>();
  const put = (hex: string, data: Uint8Array, mtime: number) => {
    if (!files.has(hex)) files.set(hex, { data, mtime });
  };
  const manifest: Record<string, unknown>[] = [];
  const repositories: Record<string, Record<string, string>> = {};
  const descriptors: Record<string, unknown>[] = [];
  for (const { id, refs } of images) {
    store.events.emit('image', 'save', id, { ...imageLabels(store, id), name: id });
    const config = store.config(id);
    const configBytes = store.getBlob(id)!;
    const created = unixSeconds(config.created);
    const layers = config.rootfs.diff_ids;
    for (const diffId of layers) put(diffId.slice(7), store.layerTar(diffId)!, created);
    put(id.slice(7), configBytes, created);
    const platform = { architecture: config.architecture, os: config.os, ...(config.variant ? { variant: config.variant } : {}) };
    const manifestBytes = encodeUtf8(
      JSON.stringify({
        schemaVersion: 2,
        mediaType: 'application/vnd.oci.image.manifest.v1+json',
        config: { mediaType: 'application/vnd.oci.image.config.v1+json', digest: id, size: configBytes.length, platform },
        layers: layers.map((d) => ({ mediaType: 'application/vnd.oci.image.layer.v1.tar', digest: d, size: store.layerTar(d)!.length })),
      }),
    );
    const manifestDigest = sha256Digest(manifestBytes);
    put(manifestDigest.slice(7), manifestBytes, 0);
    const repoTags: string[] = [];
    for (const ref of refs) {
      const familiar = familiarString({ ...ref, tag: '', digest: '' });
      (repositories[familiar] ??= {})[ref.tag] = layers[layers.length - 1].slice(7);
      repoTags.push(familiarString(ref));
      descriptors.push({
        mediaType: 'application/vnd.oci.image.manifest.v1+json',
        digest: manifestDigest,
        size: manifestBytes.length,
        annotations: { 'io.containerd.image.name': `${ref.domain}/${ref.path}:${ref.tag}`, 'org.opencontainers.image.ref.name': ref.tag },
        platform,
      });
    }
    manifest.push({ Config: `blobs/sha256/${id.slice(7)}`, RepoTags: repoTags.length ? repoTags : null, Layers: layers.map((d) => `blobs/sha256/${d.slice(7)}`) });
  }

  const now = Math.floor(nowMs / 1000);
  const entry = (path: string, data: Uint8Array | string, mtime: number): TarEntry => ({
    path, type: 'file', mode: 0o644, uid: 0, gid: 0, mtime, data: typeof data === 'string' ? encodeUtf8(data) : data,
  });
  const dir = (path: string, mtime: number): TarEntry => ({ path, type: 'dir', mode: 0o755, uid: 0, gid: 0, mtime });
  const entries: TarEntry[] = [dir('blobs', 0), dir('blobs/sha256', 0)];
  for (const hex of [...files.keys()].sort()) entries.push(entry(`blobs/sha256/${hex}`, files.get(hex)!.data, files.get(hex)!.mtime));
  const index = { schemaVersion: 2, mediaType: 'application/vnd.oci.image.index.v1+json', manifests: descriptors.length ? descriptors : null };
  entries.push(entry('index.json', JSON.stringify(index), now));
  entries.push(entry('manifest.json', JSON.stringify(manifest) + '\n', 0));
  entries.push(entry('oci-layout', '{"imageLayoutVersion": "1.0.0"}', 0));
  if (Object.keys(repositories).length) entries.push(entry('repositories', JSON.stringify(sortKeys(repositories)) + '\n', 0));
  return writeTar(entries);
}

// tarexport.parseNames: an ID saves the image untagged; a bare name saves every tag of the repository;
// name:tag saves that tag (`reference does not exist` when it is not here).
function resolveNames(store: ImageStore, names: readonly string[]): SavedImage[] {
  const images = new Map<string, SavedImage>();
  const add = (id: string, ref?: NamedReference) => {
    let image = images.get(id);
    if (!image) images.set(id, (image = { id, refs: [] }));
    if (ref && !ref.digest && !image.refs.some((r) => r.domain === ref.domain && r.path === ref.path && r.tag === ref.tag)) image.refs.push(ref);
  };
  for (const name of names) {
    let ref: NamedReference | undefined;
    try {
      ref = /^sha256:[a-f0-9]{64}$/.test(name) ? undefined : parseNormalizedNamed(name);
    } catch (error) {
      if (!(error instanceof InvalidReferenceError)) throw error;
      throw new InvalidImageReference(error.message);
    }
    if (!ref) {
      const id = findImage(store, name);
      if (!id) throw new NoSuchImage(name);
      add(id);
      continue;
    }
    if (!ref.tag && !ref.digest) {
      const repo = `${ref.domain}/${ref.path}:`;
      const tags = [...store.tags].filter(([n]) => n.startsWith(repo) && !n.slice(repo.length).includes('/'));
      for (const [n, id] of tags) add(id, { ...ref, tag: n.slice(repo.length) });
      if (tags.length === 0) {
        const id = findImage(store, name);
        if (!id) throw new NoSuchImage(name);
        add(id);
      }
      continue;
    }
    const id = ref.digest ? store.digests.get(`${ref.domain}/${ref.path}@${ref.digest}`) : store.tags.get(`${ref.domain}/${ref.path}:${ref.tag}`);
    if (!id) throw new ReferenceDoesNotExist();
    add(id, ref);
  }
  return [...images.values()];
}

// Go's encoding/json writes map keys sorted.
function sortKeys(value: Record<string, Record<string, string>>): Record<string, Record<string, string>> {
  return Object.fromEntries(Object.keys(value).sort().map((k) => [k, Object.fromEntries(Object.keys(value[k]).sort().map((t) => [t, value[k][t]]))]));
}
