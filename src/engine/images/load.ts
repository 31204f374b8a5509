// POST /images/load: `docker load` of a docker-archive (manifest.json, as `docker save` writes it and
// as the OCI layout Docker 25+ writes carries too). Layers are checked against the config's diffIDs,
// stored once; tags move to the loaded image; the stream says `Loaded image: …` or `Loaded image ID: …`.
import type { JsonMessage } from '../api/images.ts';
import { sha256Digest, shortId } from '../model/digest.ts';
import { decodeConfig } from '../model/image-config.ts';
import { parseNormalizedNamed } from '../model/reference/normalize.ts';
import { imageLabels, type ImageStore } from '../store/image-store.ts';
import { readTar, TarFormatError } from '../../vfs/tar/read.ts';
import { layerSize } from '../../vfs/tar/size.ts';
import type { TarEntry } from '../../vfs/tar/entry.ts';
import { decodeUtf8 } from '../../vfs/utf8.ts';
import { canonicalName, familiarName } from './names.ts';
import { ociArchiveImages, type ArchiveImage } from './load-oci.ts';
import { isGzip, layerTar } from '../model/layer-blob.ts';
import { ArchiveFileMissing, InvalidArchiveManifest, InvalidDiffId, InvalidImageArchive, LayersLengthMismatch } from '../errors/image.ts';


/** Loads an archive into the store; returns the messages to stream. Throws EngineError for a bad archive. */
export function loadImages(store: ImageStore, archive: Uint8Array, quiet: boolean): JsonMessage[] {
  let entries: TarEntry[];
  try {
    // The daemon decompresses what it is sent: `docker load -i image.tar.gz` works.
    entries = readTar(isGzip(archive) ? layerTar(archive) : archive);
  } catch (error) {
    if (error instanceof TarFormatError) throw new InvalidImageArchive(error.message);
    throw error;
  }
  const files = new Map(entries.filter((e) => e.type === 'file').map((e) => [e.path.replace(/^\.\//, ''), e.data ?? new Uint8Array()]));
  const manifest = archiveImages(files);
  const messages: JsonMessage[] = [];
  for (const item of manifest) {
    const configBytes = files.get(item.Config);
    if (!configBytes) throw new ArchiveFileMissing(item.Config);
    const config = decodeConfig(configBytes);
    if (config.rootfs.diff_ids.length !== item.Layers.length) throw new LayersLengthMismatch(config.rootfs.diff_ids.length, item.Layers.length);
    item.Layers.forEach((path, i) => {
      const blob = files.get(path);
      if (!blob) throw new ArchiveFileMissing(path);
      // Layers may come compressed (an OCI layout's tar+gzip blobs); the diffID is the tar's digest.
      const tar = layerTar(blob);
      const diffId = sha256Digest(tar);
      const expected = config.rootfs.diff_ids[i];
      if (diffId !== expected) throw new InvalidDiffId(i, expected, diffId);
      if (store.hasLayer(diffId)) return;
      const size = layerSize(readTar(tar));
      if (!quiet) messages.push({ status: 'Loading layer', progressDetail: { current: tar.length, total: tar.length }, id: shortId(diffId) });
      store.putLayer(tar, size);
    });
    const id = store.putImage(config);
    for (const tag of item.RepoTags ?? []) {
      const ref = parseNormalizedNamed(tag);
      const name = canonicalName(ref);
      const familiar = familiarName(name); // an untagged name (an OCI ref.name) is shown with :latest
      const old = store.tags.get(name);
      if (old && old !== id) {
        messages.push({ status: `The image ${familiar} already exists, renaming the old one with ID ${old} to empty string` });
      }
      store.addTag(name, id);
      messages.push({ status: `Loaded image: ${familiar}` });
    }
    if (!item.RepoTags?.length) messages.push({ status: `Loaded image ID: ${id}` });
    store.events.emit('image', 'load', id, { ...imageLabels(store, id), name: id });
  }
  return messages;
}

// manifest.json when the archive has one (docker save, buildah's docker-archive); else an OCI layout's
// index.json (buildah's oci-archive); else dockerd's fallback to the pre-1.10 `repositories` layout.
function archiveImages(files: ReadonlyMap<string, Uint8Array>): ArchiveImage[] {
  const manifestBytes = files.get('manifest.json');
  if (!manifestBytes) {
    const oci = ociArchiveImages(files);
    if (oci) return oci;
    throw new ArchiveFileMissing('repositories');
  }
  try {
    return JSON.parse(decodeUtf8(manifestBytes)) as ArchiveImage[];
  } catch {
    throw new InvalidArchiveManifest();
  }
}
