// Turns a catalog recipe into what a registry serves: real layer tars in gzip blobs (blob digest ≠ diffID),
// a config whose sha256 is the image ID, OCI manifests and an index. Deterministic, and memoised
// because a pull of one platform still needs every platform's manifest digest for the index.
import { sha256Digest } from '../model/digest.ts';
import { compressLayer, OCI_LAYER_GZIP } from '../model/layer-blob.ts';
import { encodeConfig, type HistoryEntry, type ImageConfigFile } from '../model/image-config.ts';
import { writeTar } from '../../vfs/tar/write.ts';
import { encodeUtf8 } from '../../vfs/utf8.ts';
import { layerSize } from '../../vfs/tar/size.ts';
import type { TarEntry } from '../../vfs/tar/entry.ts';
import { isLayer, type CatalogImage, type ImageRecipe } from './catalog/types.ts';
import type { RegistryImage, RegistryLayer, RegistryManifest } from './types.ts';

const cache = new WeakMap<CatalogImage, RegistryImage>();
// Base layers (debian, alpine rootfs) are shared by many images: pack each file list once.
const packed = new WeakMap<readonly TarEntry[], { tar: Uint8Array; diffId: string; size: number }>();

/** The registry form of a catalog image (every platform), built once per process. */
export function materialize(image: CatalogImage): RegistryImage {
  let done = cache.get(image);
  if (!done) {
    done = buildIndex(image.platforms.map((platform) => buildManifest(platform, image.recipe(platform))));
    cache.set(image, done);
  }
  return done;
}

/** Splits `linux/arm64/v8` into the OCI platform object. */
export function parsePlatform(name: string): { os: string; architecture: string; variant?: string } {
  const [os, architecture, variant] = name.split('/');
  return variant ? { os, architecture, variant } : { os, architecture };
}

function buildManifest(platform: string, recipe: ImageRecipe): RegistryManifest {
  const layers: RegistryLayer[] = [];
  const history: HistoryEntry[] = [];
  for (const step of recipe.steps) {
    if (isLayer(step)) {
      const { tar, diffId, size } = pack(step.files);
      // Served as tar+gzip (stored deflate: valid gzip, cheap to make); the sizes a pull shows follow
      // the real image's compressed layer.
      const { blob, digest } = compressLayer(tar);
      layers.push({ digest, diffId, tar, blob, size, compressedSize: Math.round(size * step.compressRatio) });
      history.push({ created: recipe.created, created_by: step.createdBy, comment: step.comment });
    } else {
      history.push({ created: recipe.created, created_by: step.createdBy, comment: step.comment, empty_layer: true });
    }
  }
  const { os, architecture, variant } = parsePlatform(platform);
  const config: ImageConfigFile = {
    architecture,
    ...(variant ? { variant } : {}),
    os,
    config: recipe.config,
    created: recipe.created,
    history: history.map((h) => Object.fromEntries(Object.entries(h).filter(([, v]) => v !== undefined)) as HistoryEntry),
    rootfs: { type: 'layers', diff_ids: layers.map((l) => l.diffId) },
  };
  const configBytes = encodeConfig(config);
  const manifestJson = JSON.stringify({
    schemaVersion: 2,
    mediaType: 'application/vnd.oci.image.manifest.v1+json',
    config: { mediaType: 'application/vnd.oci.image.config.v1+json', digest: sha256Digest(configBytes), size: configBytes.length },
    layers: layers.map((l) => ({ mediaType: OCI_LAYER_GZIP, digest: l.digest, size: l.blob.length })),
  });
  return { platform, config, configDigest: sha256Digest(configBytes), layers, digest: sha256Digest(manifestJson), size: manifestJson.length, bytes: encodeUtf8(manifestJson) };
}

function pack(files: readonly TarEntry[]): { tar: Uint8Array; diffId: string; size: number } {
  let done = packed.get(files);
  if (!done) {
    const tar = writeTar(files);
    done = { tar, diffId: sha256Digest(tar), size: layerSize(files) };
    packed.set(files, done);
  }
  return done;
}

function buildIndex(manifests: RegistryManifest[]): RegistryImage {
  if (manifests.length === 1) return { digest: manifests[0].digest, manifests, isIndex: false };
  const indexJson = JSON.stringify({
    schemaVersion: 2,
    mediaType: 'application/vnd.oci.image.index.v1+json',
    manifests: manifests.map((m) => ({ mediaType: 'application/vnd.oci.image.manifest.v1+json', digest: m.digest, size: m.size, platform: parsePlatform(m.platform) })),
  });
  return { digest: sha256Digest(indexJson), manifests, isIndex: true, bytes: encodeUtf8(indexJson) };
}
