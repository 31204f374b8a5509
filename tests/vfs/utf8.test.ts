// The shell's streams are strings: bytes that are not UTF-8 must come back unchanged from a decode and an encode.
import { describe, expect, it } from 'vitest';
import { decodeUtf8, encodeUtf8 } from '../../src/vfs/utf8.ts';

describe('UTF-8 with escaped bytes', () => {
  it('decodes valid UTF-8 as TextDecoder does', () => {
    const text = 'héllo wörld — 日本 🐳\n';
    const bytes = new TextEncoder().encode(text);
    expect(decodeUtf8(bytes)).toBe(text);
    expect([...encodeUtf8(text)]).toEqual([...bytes]);
  });

  it('gives back every byte of data that is not UTF-8 (random bytes, truncated, overlong and surrogate sequences)', () => {
    let x = 12345;
    const random = Uint8Array.from({ length: 100_000 }, () => ((x = (x * 1103515245 + 12345) >>> 0) >>> 16) & 0xff);
    for (const bytes of [random, Uint8Array.of(0xe6, 0x97), Uint8Array.of(0xc0, 0x80, 0xed, 0xa0, 0x80, 0xf8, 0xff, 0x41)]) {
      expect([...encodeUtf8(decodeUtf8(bytes))]).toEqual([...bytes]);
    }
  });

  it('encodes a lone surrogate that does not stand for a byte as U+FFFD, as TextEncoder does', () => {
    expect([...encodeUtf8('\ud800x\udfff')]).toEqual([...new TextEncoder().encode('\ud800x\udfff')]);
  });
});
