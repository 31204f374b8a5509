// Binary data (image archives) through the shell's text streams, in the shell's own codec (vfs/utf8.ts): bytes
// that are not UTF-8 survive as lone surrogates, so `docker save IMG > x.tar`, `docker save IMG | tar t` and
// `docker load < x.tar` carry the archive byte for byte, as tar, head and cat do.
import { decodeUtf8, encodeUtf8 } from '../../../vfs/utf8.ts';

/** Bytes as stream text. */
export const bytesToStream: (bytes: Uint8Array) => string = decodeUtf8;

/** Stream text back as the bytes it carries. */
export const streamToBytes: (text: string) => Uint8Array = encodeUtf8;
