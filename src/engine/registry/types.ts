// What a registry serves for a tag: an index (or a single manifest) with per-platform manifests.
import type { ImageConfigFile } from '../model/image-config.ts';

/** A layer as pushed to a registry: compressed blob digest, diffID, and the tar itself. */
export interface RegistryLayer {
  digest: string; // sha256 of the blob as served: the ID `docker pull` shows (12 hex)
  diffId: string; // sha256 of the tar
  tar: Uint8Array;
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
}

/** What a tag resolves to; `digest` is the index digest for multi-arch images (the `Digest:` a pull prints). */
export interface RegistryImage {
  digest: string;
  isIndex: boolean;
  manifests: RegistryManifest[];
}

/** A repository's public face, for `docker search`. */
export interface RepositoryInfo {
  name: string;
  description: string;
  stars: number;
  official: boolean;
}
