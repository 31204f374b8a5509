// OCI image manifests as pushes write them and the Registry API serves them: building one from an
// image's config and layer blobs, and turning one back into the RegistryImage a pull consumes.
import { sha256Digest } from '../model/digest.ts';
import { layerTar, OCI_LAYER_GZIP } from '../model/layer-blob.ts';
import { decodeConfig } from '../model/image-config.ts';
import { readTar } from '../../vfs/tar/read.ts';
import { layerSize } from '../../vfs/tar/size.ts';
import { decodeUtf8, encodeUtf8 } from '../../vfs/utf8.ts';
import type { RegistryImage, RegistryLayer, RegistryManifest } from './types.ts';

/** The media type of the single-platform manifests pushes write. */
export const OCI_MANIFEST = 'application/vnd.oci.image.manifest.v1+json';
/** The media type of multi-platform indexes. */
export const OCI_INDEX = 'application/vnd.oci.image.index.v1+json';
const OCI_CONFIG = 'application/vnd.oci.image.config.v1+json';

/** A descriptor in a manifest: what a blob is, by digest and size. */
export interface BlobRef {
  digest: string;
  size: number;
}

/** The manifest bytes for a config and its layers, in the key order Docker writes them. */
export function encodeManifest(config: BlobRef, layers: readonly BlobRef[]): Uint8Array {
  return encodeUtf8(
    JSON.stringify({
      schemaVersion: 2,
      mediaType: OCI_MANIFEST,
      config: { mediaType: OCI_CONFIG, digest: config.digest, size: config.size },
      layers: layers.map((l) => ({ mediaType: OCI_LAYER_GZIP, digest: l.digest, size: l.size })),
    }),
  );
}

/** Why a manifest cannot be accepted; `code` is the Registry API error code. */
export class ManifestError extends Error {
  constructor(
    readonly code: 'MANIFEST_INVALID' | 'MANIFEST_BLOB_UNKNOWN',
    message: string,
  ) {
    super(message);
  }
}

interface ManifestJson {
  mediaType?: string;
  config?: BlobRef;
  layers?: BlobRef[];
  manifests?: (BlobRef & { platform?: { os: string; architecture: string; variant?: string } })[];
}

/** Parses manifest or index bytes; throws ManifestError when they are not one. */
export function parseManifest(bytes: Uint8Array): ManifestJson {
  try {
    const json = JSON.parse(decodeUtf8(bytes)) as ManifestJson;
    if (json && typeof json === 'object' && (json.config || json.manifests)) return json;
  } catch {
    // fall through
  }
  throw new ManifestError('MANIFEST_INVALID', 'manifest invalid');
}

/** One platform's manifest from its bytes and the blobs it names; throws ManifestError for a missing blob. */
export function manifestFromBytes(bytes: Uint8Array, blob: (digest: string) => Uint8Array | undefined): RegistryManifest {
  const json = parseManifest(bytes);
  if (!json.config) throw new ManifestError('MANIFEST_INVALID', 'manifest invalid');
  const configBytes = blob(json.config.digest);
  if (!configBytes) throw new ManifestError('MANIFEST_BLOB_UNKNOWN', 'blob unknown to registry');
  const config = decodeConfig(configBytes);
  const layers: RegistryLayer[] = (json.layers ?? []).map((ref) => {
    const bytes = blob(ref.digest);
    if (!bytes) throw new ManifestError('MANIFEST_BLOB_UNKNOWN', 'blob unknown to registry');
    const tar = layerTar(bytes);
    return { digest: ref.digest, diffId: sha256Digest(tar), tar, blob: bytes, size: layerSize(readTar(tar)), compressedSize: ref.size };
  });
  const platform = [config.os, config.architecture, config.variant].filter(Boolean).join('/');
  return { platform, digest: sha256Digest(bytes), size: bytes.length, config, configDigest: json.config.digest, layers };
}

/** A RegistryImage from manifest or index bytes; `manifest` fetches a child manifest's bytes by digest. */
export function imageFromBytes(
  bytes: Uint8Array,
  blob: (digest: string) => Uint8Array | undefined,
  manifest: (digest: string) => Uint8Array | undefined,
): RegistryImage {
  const json = parseManifest(bytes);
  const digest = sha256Digest(bytes);
  if (!json.manifests) return { digest, isIndex: false, manifests: [manifestFromBytes(bytes, blob)] };
  const manifests = json.manifests.map((ref) => {
    const child = manifest(ref.digest);
    if (!child) throw new ManifestError('MANIFEST_BLOB_UNKNOWN', 'blob unknown to registry');
    return manifestFromBytes(child, blob);
  });
  return { digest, isIndex: true, manifests };
}
