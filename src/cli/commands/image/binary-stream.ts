// Binary data (image archives) through the shell's text streams: one char per byte, as the shell's
// own tar and curl pass bytes through pipes.

/** Bytes as a string of byte-valued chars. */
export function bytesToLatin1(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i += 8192) s += String.fromCharCode(...bytes.subarray(i, i + 8192));
  return s;
}

/** The reverse of bytesToLatin1 (text above U+00FF came from a UTF-8 file and is re-encoded as UTF-8). */
export function latin1ToBytes(text: string): Uint8Array {
  if (/[^\x00-\xff]/.test(text)) return new TextEncoder().encode(text);
  const out = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) out[i] = text.charCodeAt(i);
  return out;
}
