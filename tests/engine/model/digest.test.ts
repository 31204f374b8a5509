// Image IDs and digests as Docker prints and checks them.
import { describe, expect, it } from 'vitest';
import { InvalidDigestError, isValidDigest, sha256Digest, shortId, validateDigest } from '../../../src/engine/model/digest.ts';

describe('sha256Digest', () => {
  it('hashes strings as UTF-8 and bytes as given', () => {
    expect(sha256Digest('')).toBe('sha256:e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(sha256Digest(new TextEncoder().encode('abc'))).toBe(
      'sha256:ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
    expect(sha256Digest('é')).toBe(sha256Digest(new Uint8Array([0xc3, 0xa9])));
  });
});

describe('shortId', () => {
  it('drops the algorithm and keeps 12 characters', () => {
    expect(shortId('sha256:ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad')).toBe('ba7816bf8f01');
    expect(shortId('ba7816bf8f01cfea')).toBe('ba7816bf8f01');
    expect(shortId('abc')).toBe('abc');
  });
});

describe('validateDigest', () => {
  const fail = (digest: string) => {
    try {
      validateDigest(digest);
    } catch (error) {
      expect(error).toBeInstanceOf(InvalidDigestError);
      return (error as Error).message;
    }
    return 'valid';
  };
  it.each([
    [`sha256:${'0'.repeat(64)}`, 'valid'],
    ['sha256', 'invalid checksum digest format'],
    ['sha256:', 'invalid checksum digest format'],
    [':abc', 'invalid checksum digest format'],
    [`sha256:${'0'.repeat(63)}`, 'invalid checksum digest length'],
    [`sha256:${'G'.repeat(64)}`, 'invalid checksum digest format'],
    [`md5:${'0'.repeat(32)}`, 'unsupported digest algorithm'],
    [`MD5:${'0'.repeat(32)}`, 'invalid checksum digest format'],
  ])('%s → %s', (digest, expected) => {
    expect(fail(digest)).toBe(expected);
    expect(isValidDigest(digest)).toBe(expected === 'valid');
  });
});
