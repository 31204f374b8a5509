// A small DEFLATE (RFC 1951) decoder and the gzip (RFC 1952) wrapper around it, so ADD can unpack a
// local `.tar.gz` as Docker does. Decoding only; stored, fixed-Huffman and dynamic-Huffman blocks.

/** A damaged or unsupported compressed stream. */
export class InflateError extends Error {
  override readonly name = 'InflateError';
  readonly code = 'INFLATE';
}

// Base lengths and extra bits for length codes 257..285, and for the 30 distance codes.
const LENGTH_BASE = [3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258];
const LENGTH_EXTRA = [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0];
const DIST_BASE = [1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537, 2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577];
const DIST_EXTRA = [0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13];
// The order code-length code lengths are sent in (dynamic blocks).
const CLEN_ORDER = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15];

/** A canonical Huffman code: how many codes of each length, and the symbols in code order. */
interface Huffman {
  counts: Uint16Array;
  symbols: Uint16Array;
}

function huffman(lengths: ArrayLike<number>): Huffman {
  const counts = new Uint16Array(16);
  for (let i = 0; i < lengths.length; i++) counts[lengths[i] as number]!++;
  counts[0] = 0;
  const offsets = new Uint16Array(16);
  for (let len = 1; len < 16; len++) offsets[len] = offsets[len - 1]! + counts[len - 1]!;
  const symbols = new Uint16Array(lengths.length);
  for (let i = 0; i < lengths.length; i++) {
    const len = lengths[i] as number;
    if (len !== 0) symbols[offsets[len]!++] = i;
  }
  return { counts, symbols };
}

class BitReader {
  pos = 0;
  private bitBuf = 0;
  private bitCount = 0;
  constructor(private readonly data: Uint8Array, start: number) {
    this.pos = start;
  }

  bits(n: number): number {
    while (this.bitCount < n) {
      if (this.pos >= this.data.length) throw new InflateError('unexpected EOF');
      this.bitBuf |= this.data[this.pos++]! << this.bitCount;
      this.bitCount += 8;
    }
    const value = this.bitBuf & ((1 << n) - 1);
    this.bitBuf >>>= n;
    this.bitCount -= n;
    return value;
  }

  /** Drops the bits left in the current byte (before a stored block). */
  alignToByte(): void {
    this.bitBuf = 0;
    this.bitCount = 0;
  }

  decode(h: Huffman): number {
    let code = 0;
    let first = 0;
    let index = 0;
    for (let len = 1; len < 16; len++) {
      code |= this.bits(1);
      const count = h.counts[len]!;
      if (code - first < count) return h.symbols[index + code - first]!;
      index += count;
      first = (first + count) << 1;
      code <<= 1;
    }
    throw new InflateError('invalid Huffman code');
  }
}

const FIXED_LIT = huffman(Array.from({ length: 288 }, (_, i) => (i < 144 ? 8 : i < 256 ? 9 : i < 280 ? 7 : 8)));
const FIXED_DIST = huffman(new Array<number>(30).fill(5));

class Output {
  buf = new Uint8Array(1 << 16);
  length = 0;
  push(byte: number): void {
    if (this.length === this.buf.length) {
      const grown = new Uint8Array(this.buf.length * 2);
      grown.set(this.buf);
      this.buf = grown;
    }
    this.buf[this.length++] = byte;
  }
}

/** Decodes a raw DEFLATE stream starting at `start`; returns the data and where the stream ended. */
export function inflateRaw(data: Uint8Array, start = 0): { data: Uint8Array; end: number } {
  const r = new BitReader(data, start);
  const out = new Output();
  for (let last = 0; !last; ) {
    last = r.bits(1);
    const type = r.bits(2);
    if (type === 0) {
      r.alignToByte();
      if (r.pos + 4 > data.length) throw new InflateError('unexpected EOF');
      const len = data[r.pos]! | (data[r.pos + 1]! << 8);
      const nlen = data[r.pos + 2]! | (data[r.pos + 3]! << 8);
      if ((len ^ 0xffff) !== nlen) throw new InflateError('invalid stored block lengths');
      r.pos += 4;
      if (r.pos + len > data.length) throw new InflateError('unexpected EOF');
      for (let i = 0; i < len; i++) out.push(data[r.pos + i]!);
      r.pos += len;
    } else if (type === 1) inflateBlock(r, out, FIXED_LIT, FIXED_DIST);
    else if (type === 2) {
      const [lit, dist] = readDynamicTables(r);
      inflateBlock(r, out, lit, dist);
    } else throw new InflateError('invalid block type');
  }
  return { data: out.buf.slice(0, out.length), end: r.pos };
}

function readDynamicTables(r: BitReader): [Huffman, Huffman] {
  const nlen = r.bits(5) + 257;
  const ndist = r.bits(5) + 1;
  const ncode = r.bits(4) + 4;
  const clens = new Array<number>(19).fill(0);
  for (let i = 0; i < ncode; i++) clens[CLEN_ORDER[i]!] = r.bits(3);
  const clen = huffman(clens);
  const lengths: number[] = [];
  while (lengths.length < nlen + ndist) {
    const sym = r.decode(clen);
    if (sym < 16) lengths.push(sym);
    else if (sym === 16) {
      if (lengths.length === 0) throw new InflateError('repeat with no previous length');
      const prev = lengths[lengths.length - 1]!;
      for (let n = 3 + r.bits(2); n > 0; n--) lengths.push(prev);
    } else {
      const n = sym === 17 ? 3 + r.bits(3) : 11 + r.bits(7);
      for (let i = 0; i < n; i++) lengths.push(0);
    }
  }
  if (lengths.length > nlen + ndist) throw new InflateError('too many code lengths');
  return [huffman(lengths.slice(0, nlen)), huffman(lengths.slice(nlen))];
}

function inflateBlock(r: BitReader, out: Output, lit: Huffman, dist: Huffman): void {
  for (;;) {
    const sym = r.decode(lit);
    if (sym < 256) out.push(sym);
    else if (sym === 256) return;
    else {
      const li = sym - 257;
      if (li >= 29) throw new InflateError('invalid length code');
      const len = LENGTH_BASE[li]! + r.bits(LENGTH_EXTRA[li]!);
      const di = r.decode(dist);
      if (di >= 30) throw new InflateError('invalid distance code');
      const back = DIST_BASE[di]! + r.bits(DIST_EXTRA[di]!);
      if (back > out.length) throw new InflateError('distance too far back');
      for (let i = 0; i < len; i++) out.push(out.buf[out.length - back]!);
    }
  }
}

const CRC_TABLE = Uint32Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

/** The CRC-32 (IEEE) a gzip trailer carries. */
export function crc32(data: Uint8Array): number {
  let c = 0xffffffff;
  for (let i = 0; i < data.length; i++) c = CRC_TABLE[(c ^ data[i]!) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** Whether data starts with the gzip magic (1f 8b), as Docker's DetectCompression checks. */
export function isGzip(data: Uint8Array): boolean {
  return data.length >= 3 && data[0] === 0x1f && data[1] === 0x8b && data[2] === 8;
}

/** Decompresses a gzip file (all its members, as Go's gzip.Reader does); throws InflateError. */
export function gunzip(data: Uint8Array): Uint8Array {
  const parts: Uint8Array[] = [];
  let pos = 0;
  while (pos < data.length) {
    if (!isGzip(data.subarray(pos))) throw new InflateError('invalid header');
    const flags = data[pos + 3]!;
    let p = pos + 10;
    if (flags & 4) p += 2 + (data[p]! | (data[p + 1]! << 8)); // FEXTRA
    if (flags & 8) while (p < data.length && data[p++] !== 0); // FNAME
    if (flags & 16) while (p < data.length && data[p++] !== 0); // FCOMMENT
    if (flags & 2) p += 2; // FHCRC
    const { data: member, end } = inflateRaw(data, p);
    if (end + 8 > data.length) throw new InflateError('unexpected EOF');
    const word = (at: number) => (data[at]! | (data[at + 1]! << 8) | (data[at + 2]! << 16) | (data[at + 3]! << 24)) >>> 0;
    if (word(end) !== crc32(member) || word(end + 4) !== member.length % 2 ** 32) throw new InflateError('invalid checksum');
    parts.push(member);
    pos = end + 8;
  }
  const total = parts.reduce((n, p) => n + p.length, 0);
  const out = new Uint8Array(total);
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}
