// gzip without a compressor: `tar -z` writes valid gzip whose deflate stream is made of stored
// (uncompressed) blocks, which real gunzip reads. Reading takes any gzip back (gunzipMembers, with the
// caller's inflater: fflate in tar and gzip), member by member, checking each trailer.

let table: Uint32Array | undefined;

/** CRC-32 (IEEE) of bytes, as gzip's trailer carries it. */
export function crc32(bytes: Uint8Array): number {
  if (!table) {
    table = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      table[n] = c >>> 0;
    }
  }
  let crc = 0xffffffff;
  for (const b of bytes) crc = table[(crc ^ b) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

/** Whether bytes start with gzip's magic number. */
export function isGzip(bytes: Uint8Array): boolean {
  return bytes.length >= 2 && bytes[0] === 0x1f && bytes[1] === 0x8b;
}

/** Wraps bytes in a gzip member made of stored deflate blocks (mtime 0, OS 3 = Unix, as `gzip -n`). */
export function gzipStored(data: Uint8Array): Uint8Array {
  const blocks = Math.max(1, Math.ceil(data.length / 65535));
  const out = new Uint8Array(10 + blocks * 5 + data.length + 8);
  out.set([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 3]);
  let at = 10;
  for (let b = 0; b < blocks; b++) {
    const chunk = data.subarray(b * 65535, Math.min(data.length, (b + 1) * 65535));
    out[at] = b === blocks - 1 ? 1 : 0;
    out[at + 1] = chunk.length & 0xff;
    out[at + 2] = chunk.length >> 8;
    out[at + 3] = ~chunk.length & 0xff;
    out[at + 4] = (~chunk.length >> 8) & 0xff;
    out.set(chunk, at + 5);
    at += 5 + chunk.length;
  }
  writeLe32(out, at, crc32(data));
  writeLe32(out, at + 4, data.length >>> 0);
  return out;
}

/** Why gunzip gave up: `format` for a Huffman-coded or damaged stream, `crc` for a bad checksum. */
export class GzipError extends Error {
  constructor(readonly kind: 'format' | 'crc' | 'eof') {
    super(`gzip: ${kind}`);
  }
}

/** Reads a gzip member written with stored blocks; throws GzipError for anything else. */
export function gunzipStored(bytes: Uint8Array): Uint8Array {
  if (!isGzip(bytes) || bytes[2] !== 8) throw new GzipError('format');
  let at = deflateStart(bytes);
  const parts: Uint8Array[] = [];
  for (;;) {
    if (at + 5 > bytes.length) throw new GzipError('eof');
    const head = bytes[at];
    if ((head >> 1) & 3) throw new GzipError('format');
    const len = bytes[at + 1] | (bytes[at + 2] << 8);
    const nlen = bytes[at + 3] | (bytes[at + 4] << 8);
    if ((len ^ 0xffff) !== nlen || at + 5 + len > bytes.length) throw new GzipError('format');
    parts.push(bytes.subarray(at + 5, at + 5 + len));
    at += 5 + len;
    if (head & 1) break;
  }
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let o = 0;
  for (const p of parts) {
    out.set(p, o);
    o += p.length;
  }
  if (at + 8 > bytes.length) throw new GzipError('eof');
  const crc = (bytes[at] | (bytes[at + 1] << 8) | (bytes[at + 2] << 16) | (bytes[at + 3] << 24)) >>> 0;
  if (crc !== crc32(out)) throw new GzipError('crc');
  return out;
}

function writeLe32(out: Uint8Array, at: number, v: number): void {
  out[at] = v & 0xff;
  out[at + 1] = (v >>> 8) & 0xff;
  out[at + 2] = (v >>> 16) & 0xff;
  out[at + 3] = (v >>> 24) & 0xff;
}

// Where a member's deflate data starts: after the fixed header and the optional extra, name, comment and CRC16.
function deflateStart(bytes: Uint8Array): number {
  const flags = bytes[3];
  let at = 10;
  if (flags & 4) at += 2 + (bytes[at] | (bytes[at + 1] << 8));
  if (flags & 8) at = bytes.indexOf(0, at) + 1;
  if (flags & 16) at = bytes.indexOf(0, at) + 1;
  if (flags & 2) at += 2;
  return at;
}

/**
 * Every member of a gzip stream (`gzip -c a b > ab.gz` writes two), each inflated by `inflate` (raw deflate
 * in, bytes out) and checked against its trailer (CRC-32 and size) as gunzip does; trailing zero bytes are
 * ignored. The next member begins after the trailer, found by its value since inflaters do not say where they stop.
 */
export function gunzipMembers(bytes: Uint8Array, inflate: (raw: Uint8Array) => Uint8Array): Uint8Array {
  const outs: Uint8Array[] = [];
  let at = 0;
  while (at < bytes.length) {
    const member = bytes.subarray(at);
    if (!isGzip(member)) {
      if (outs.length && member.every((b) => b === 0)) break;
      throw new GzipError('format');
    }
    if (member.length < 18) throw new GzipError('eof');
    if (member[2] !== 8) throw new GzipError('format');
    const start = deflateStart(member);
    let out: Uint8Array;
    try {
      out = inflate(member.subarray(start));
    } catch {
      throw new GzipError(member.length - start < 8 ? 'eof' : 'format');
    }
    const trailer = new Uint8Array(8);
    writeLe32(trailer, 0, crc32(out));
    writeLe32(trailer, 4, out.length >>> 0);
    let end = -1;
    for (let j = start; j + 8 <= member.length; j++) {
      if (member[j] === trailer[0] && trailer.every((b, k) => member[j + k] === b)) {
        end = j + 8;
        break;
      }
    }
    if (end < 0) throw new GzipError(member.length - start < 8 ? 'eof' : 'crc');
    outs.push(out);
    at += end;
  }
  const all = new Uint8Array(outs.reduce((n, o) => n + o.length, 0));
  let o = 0;
  for (const part of outs) {
    all.set(part, o);
    o += part.length;
  }
  return all;
}
