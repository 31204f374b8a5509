// POST /images/load: `docker load` of a docker-archive (manifest.json, as `docker save` writes it and
// as the OCI layout Docker 25+ writes carries too). Layers are checked against the config's diffIDs,
// stored once; tags move to the loaded image; the stream says `Loaded image: …` or `Loaded image ID: …`.
import type { JsonMessage } from '../api/images.ts';
import { sha256Digest, shortId } from '../model/digest.ts';
import { decodeConfig } from '../model/image-config.ts';
import { parseNormalizedNamed, familiarString } from '../model/reference/normalize.ts';
import type { ImageStore } from '../store/image-store.ts';
import { readTar, TarFormatError } from '../../vfs/tar/read.ts';
import { layerSize } from '../../vfs/tar/size.ts';
import type { TarEntry } from '../../vfs/tar/entry.ts';
import { decodeUtf8 } from '../../vfs/utf8.ts';
import { canonicalName } from './names.ts';
import { ArchiveFileMissing, InvalidArchiveManifest, InvalidDiffId, InvalidImageArchive, LayersLengthMismatch } from '../errors/image.ts';

interface ManifestItem {
  Config: string;
  RepoTags: string[] | null;
  Layers: string[];
}

/** Loads an archive into the store; returns the messages to stream. Throws EngineError for a bad archive. */
export function loadImages(store: ImageStore, archive: Uint8Array, quiet: boolean): JsonMessage[] {
  let entries: TarEntry[];
  try {
    entries = readTar(archive);
  } catch (error) {
    if (error instanceof TarFormatError) throw new InvalidImageArchive(error.message);
    throw error;
  }
  const files = new Map(entries.filter((e) => e.type === 'file').map((e) => [e.path.replace(/^\.\//, ''), e.data ?? new Uint8Array()]));
  const manifestBytes = files.get('manifest.json');
  // Without manifest.json dockerd falls back to the pre-1.10 layout, whose index is `repositories`.
  if (!manifestBytes) throw new ArchiveFileMissing('repositories');
  let manifest: ManifestItem[];
  try {
    manifest = JSON.parse(decodeUtf8(manifestBytes)) as ManifestItem[];
  } catch {
    throw new InvalidArchiveManifest();
  }
  const messages: JsonMessage[] = [];
  for (const item of manifest) {
    const configBytes = files.get(item.Config);
    if (!configBytes) throw new ArchiveFileMissing(item.Config);
    const config = decodeConfig(configBytes);
    if (config.rootfs.diff_ids.length !== item.Layers.length) throw new LayersLengthMismatch(config.rootfs.diff_ids.length, item.Layers.length);
    item.Layers.forEach((path, i) => {
      const tar = files.get(path);
      if (!tar) throw new ArchiveFileMissing(path);
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
      const old = store.tags.get(name);
      if (old && old !== id) {
        messages.push({ status: `The image ${familiarString(ref)} already exists, renaming the old one with ID ${old} to empty string` });
      }
      store.addTag(name, id);
      messages.push({ status: `Loaded image: ${familiarString(ref)}` });
    }
    if (!item.RepoTags?.length) messages.push({ status: `Loaded image ID: ${id}` });
  }
  return messages;
}
