// Layers as registries hold them: a tar wrapped in gzip (`application/vnd.oci.image.layer.v1.tar+gzip`),
// so the blob digest a pull shows differs from the diffID (the tar's digest) that RootFS lists.
// The deflate stream is stored blocks (level 0): valid gzip any tool reads, at the cost of a CRC.
import { gunzipSync, gzipSync } from 'fflate';
import { sha256Digest } from './digest.ts';

/** The media type of a gzip-compressed layer. */
export const OCI_LAYER_GZIP = 'application/vnd.oci.image.layer.v1.tar+gzip';
/** The media type of an uncompressed layer (docker save writes these). */
export const OCI_LAYER_TAR = 'application/vnd.oci.image.layer.v1.tar';

/** A layer's registry blob and that blob's digest. */
export interface LayerBlob {
  blob: Uint8Array;
  digest: string;
}

// The same tar (a shared base layer) compresses once per process.
const compressed = new WeakMap<Uint8Array, LayerBlob>();

/** The gzip blob of a layer tar, deterministic (mtime 0, no name), as a push uploads it. */
export function compressLayer(tar: Uint8Array): LayerBlob {
  let done = compressed.get(tar);
  if (!done) {
    const blob = gzipSync(tar, { level: 0, mtime: 0 });
    done = { blob, digest: sha256Digest(blob) };
    compressed.set(tar, done);
  }
  return done;
}

/** Whether bytes start with gzip's magic number. */
export function isGzip(bytes: Uint8Array): boolean {
  return bytes.length >= 2 && bytes[0] === 0x1f && bytes[1] === 0x8b;
}

/** The tar inside a layer blob: gunzipped when compressed, as is otherwise; throws on a damaged stream. */
export function layerTar(blob: Uint8Array): Uint8Array {
  return isGzip(blob) ? gunzipSync(blob) : blob;
}
