// `docker load` of an OCI image layout with no manifest.json (`buildah push IMG oci-archive:…`,
// `skopeo copy … oci-archive:…`): read as Docker's containerd image store reads it. index.json names
// the images (io.containerd.image.name, else a ref.name that parses as a reference); nested indexes
// are followed to the host platform's manifest, as `docker load` without --platform unpacks only that.
import { parseNormalizedNamed } from '../model/reference/normalize.ts';
import { InvalidReferenceError } from '../model/reference/errors.ts';
import { decodeUtf8 } from '../../vfs/utf8.ts';
import { ArchiveFileMissing, InvalidArchiveManifest } from '../errors/image.ts';

/** One image of an archive as manifest.json lists it (paths are archive members). */
export interface ArchiveImage {
  Config: string;
  RepoTags: string[] | null;
  Layers: string[];
}

interface Descriptor {
  mediaType?: string;
  digest: string;
  annotations?: Record<string, string>;
  platform?: { os?: string; architecture?: string };
}

const IMAGE_NAME = 'io.containerd.image.name';
const REF_NAME = 'org.opencontainers.image.ref.name';
const HOST = { os: 'linux', architecture: 'amd64' };

/** The images an OCI layout's index.json leads to, in manifest.json's shape; undefined when there is no index.json. */
export function ociArchiveImages(files: ReadonlyMap<string, Uint8Array>): ArchiveImage[] | undefined {
  const index = files.get('index.json');
  if (!index) return undefined;
  const images: ArchiveImage[] = [];
  for (const top of readJson<{ manifests?: Descriptor[] | null }>(index).manifests ?? []) {
    const manifest = hostManifest(files, top);
    if (!manifest) continue;
    const name = archiveName(top.annotations ?? {});
    images.push({ Config: blobPath(manifest.config.digest), RepoTags: name ? [name] : null, Layers: manifest.layers.map((l) => blobPath(l.digest)) });
  }
  return images;
}

// Follows a descriptor through nested indexes to the manifest for the host platform.
function hostManifest(files: ReadonlyMap<string, Uint8Array>, desc: Descriptor, depth = 0): { config: Descriptor; layers: Descriptor[] } | undefined {
  const doc = readJson<{ manifests?: Descriptor[]; config?: Descriptor; layers?: Descriptor[] }>(blob(files, desc.digest));
  if (doc.config) return { config: doc.config, layers: doc.layers ?? [] };
  if (!doc.manifests || depth > 8) return undefined;
  const candidates = doc.manifests.filter((m) => !m.platform || (m.platform.os === HOST.os && m.platform.architecture === HOST.architecture));
  for (const m of candidates) {
    const found = hostManifest(files, m, depth + 1);
    if (found) return found;
  }
  return undefined;
}

// containerd's import names an image by io.containerd.image.name, else by ref.name; moby keeps the name
// only when it parses as a reference (a bare `v1` does: it is docker.io/library/v1).
function archiveName(annotations: Record<string, string>): string | undefined {
  const name = annotations[IMAGE_NAME] ?? annotations[REF_NAME];
  if (!name) return undefined;
  try {
    parseNormalizedNamed(name);
    return name;
  } catch (error) {
    if (error instanceof InvalidReferenceError) return undefined;
    throw error;
  }
}

function blobPath(digest: string): string {
  return `blobs/${digest.replace(':', '/')}`;
}

function blob(files: ReadonlyMap<string, Uint8Array>, digest: string): Uint8Array {
  const bytes = files.get(blobPath(digest));
  if (!bytes) throw new ArchiveFileMissing(blobPath(digest));
  return bytes;
}

function readJson<T>(bytes: Uint8Array): T {
  try {
    return JSON.parse(decodeUtf8(bytes)) as T;
  } catch {
    throw new InvalidArchiveManifest();
  }
}
