// What a registry serves for a tag: an index (or a single manifest) with per-platform manifests.
import type { ImageConfigFile } from '../model/image-config.ts';

/** A layer as pushed to a registry: compressed blob digest, diffID, the blob and the tar in it. */
export interface RegistryLayer {
  digest: string; // sha256 of the gzip blob as served: the ID `docker pull` shows (12 hex)
  diffId: string; // sha256 of the tar
  tar: Uint8Array;
  blob: Uint8Array; // what the registry serves (tar+gzip)
  size: number; // uncompressed size as Docker reports it
  compressedSize: number; // the download size a pull shows
}

/** One platform's image manifest. */
export interface RegistryManifest {
  platform: string;
  digest: string;
  size: number;
  config: ImageConfigFile;
  configDigest: string;
  layers: RegistryLayer[];
  /** The manifest JSON exactly as served, when known (seeded images). */
  bytes?: Uint8Array;
}

/** What a tag resolves to; `digest` is the index digest for multi-arch images (the `Digest:` a pull prints). */
export interface RegistryImage {
  digest: string;
  isIndex: boolean;
  manifests: RegistryManifest[];
  /** The index JSON exactly as served, when known (seeded multi-platform images). */
  bytes?: Uint8Array;
}

/** A repository's public face, for `docker search`. */
export interface RepositoryInfo {
  name: string;
  description: string;
  stars: number;
  official: boolean;
}
