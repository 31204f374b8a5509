// UTF-8 conversion without TextEncoder/TextDecoder, which the worker-safe type config does not declare.
// The shell's streams carry strings, so bytes that are not UTF-8 (`head -c 16 /dev/urandom`, a gzip
// file through a pipe) must survive a decode and an encode: each such byte becomes a lone low surrogate
// U+DC80–U+DCFF and encodes back to itself (Python's "surrogateescape"), where TextDecoder would turn
// it into U+FFFD and `… | wc -c` would count three bytes for it.

/** The first of the 128 lone surrogates that stand for undecodable bytes 0x80–0xFF. */
const ESCAPE = 0xdc00;

/** Encodes a JS string as UTF-8 bytes; an escaped byte (U+DC80–U+DCFF) is itself, another lone surrogate U+FFFD. */
export function encodeUtf8(s: string): Uint8Array {
  const out = new Uint8Array(s.length * 3);
  let o = 0;
  for (let i = 0; i < s.length; i++) {
    let c = s.charCodeAt(i);
    if (c < 0x80) {
      out[o++] = c;
      continue;
    }
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        c = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00);
        i++;
      } else c = 0xfffd;
    } else if (c >= ESCAPE + 0x80 && c <= ESCAPE + 0xff) {
      out[o++] = c - ESCAPE;
      continue;
    } else if (c >= 0xd800 && c <= 0xdfff) c = 0xfffd;
    if (c < 0x800) {
      out[o++] = 0xc0 | (c >> 6);
      out[o++] = 0x80 | (c & 63);
    } else if (c < 0x10000) {
      out[o++] = 0xe0 | (c >> 12);
      out[o++] = 0x80 | ((c >> 6) & 63);
      out[o++] = 0x80 | (c & 63);
    } else {
      // A surrogate pair (two chars) makes four bytes: within the 3-per-char room.
      out[o++] = 0xf0 | (c >> 18);
      out[o++] = 0x80 | ((c >> 12) & 63);
      out[o++] = 0x80 | ((c >> 6) & 63);
      out[o++] = 0x80 | (c & 63);
    }
  }
  return out.slice(0, o);
}

const cont = (b: Uint8Array, i: number) => i < b.length && (b[i] & 0xc0) === 0x80;

/** Decodes UTF-8 bytes; each byte of an invalid sequence becomes U+DC80–U+DCFF, so encodeUtf8 gives the bytes back. */
export function decodeUtf8(b: Uint8Array): string {
  const parts: string[] = [];
  let codes: number[] = [];
  let i = 0;
  while (i < b.length) {
    const x = b[i];
    let cp = -1;
    let n = 1;
    if (x < 0x80) cp = x;
    else if (x >= 0xc2 && x < 0xe0 && cont(b, i + 1)) {
      cp = ((x & 31) << 6) | (b[i + 1] & 63);
      n = 2;
    } else if (x >= 0xe0 && x < 0xf0 && cont(b, i + 1) && cont(b, i + 2)) {
      cp = ((x & 15) << 12) | ((b[i + 1] & 63) << 6) | (b[i + 2] & 63);
      n = 3;
      // Overlong forms and encoded surrogates are not UTF-8: escape their bytes one by one.
      if (cp < 0x800 || (cp >= 0xd800 && cp <= 0xdfff)) cp = -1;
    } else if (x >= 0xf0 && x < 0xf5 && cont(b, i + 1) && cont(b, i + 2) && cont(b, i + 3)) {
      cp = ((x & 7) << 18) | ((b[i + 1] & 63) << 12) | ((b[i + 2] & 63) << 6) | (b[i + 3] & 63);
      n = 4;
      if (cp < 0x10000 || cp > 0x10ffff) cp = -1;
    }
    if (cp < 0) {
      codes.push(ESCAPE + x);
      i++;
    } else if (cp < 0x10000) {
      codes.push(cp);
      i += n;
    } else {
      codes.push(0xd800 + ((cp - 0x10000) >> 10), 0xdc00 + ((cp - 0x10000) & 0x3ff));
      i += n;
    }
    if (codes.length >= 8192) {
      parts.push(String.fromCharCode(...codes));
      codes = [];
    }
  }
  parts.push(String.fromCharCode(...codes));
  return parts.join('');
}

/** The character that stands for byte `b` in the shell's streams: itself below 0x80, else its escape (a lone U+DC80–U+DCFF). */
export function byteChar(b: number): string {
  return String.fromCharCode(b < 0x80 ? b : ESCAPE + b);
}

/**
 * Text built from bytes (`printf '\303\251'`, `echo -e '\xe2\x82\xac'`) as the reader of the stream sees it:
 * escaped bytes that together form valid UTF-8 become their character, stray ones stay single bytes.
 */
export function joinBytes(s: string): string {
  return decodeUtf8(encodeUtf8(s));
}

/** Whether two byte strings hold the same bytes. */
export function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
