// The image configuration JSON (Docker image spec v1.2 / OCI config): its sha256 is the image ID.
import type { ImageConfig } from '../api/images.ts';

/** One history entry as BuildKit and the registry images record it. `created` is RFC 3339. */
export interface HistoryEntry {
  created: string;
  created_by?: string;
  comment?: string;
  author?: string;
  empty_layer?: boolean;
}

/** The config blob of an image, in the key order Docker writes it. */
export interface ImageConfigFile {
  architecture: string;
  variant?: string;
  os: string;
  author?: string;
  config: ImageConfig;
  created: string;
  comment?: string;
  docker_version?: string;
  history: HistoryEntry[];
  rootfs: { type: 'layers'; diff_ids: string[] };
}

/** Serialises a config the same way every time, so the same image always gets the same ID. */
export function encodeConfig(config: ImageConfigFile): Uint8Array {
  return new TextEncoder().encode(JSON.stringify(config));
}

/** Parses a config blob. */
export function decodeConfig(bytes: Uint8Array): ImageConfigFile {
  return JSON.parse(new TextDecoder().decode(bytes)) as ImageConfigFile;
}
