// What a learner sees from image references: normalised names, familiar names and Docker's error texts.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  InvalidReferenceError,
  familiarString,
  normalizeReference,
  parseAnyReference,
  parseDockerRef,
  parseNormalizedNamed,
  parseReference,
  referenceString,
  withDigest,
  withTag,
} from '../../../src/engine/model/reference.ts';

const HEX64 = 'a'.repeat(64);

function messageOf(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(InvalidReferenceError);
    return (error as Error).message;
  }
  throw new Error('expected a refusal');
}

describe('normalisation', () => {
  it.each([
    ['alpine', 'docker.io/library/alpine:latest'],
    ['alpine:3.20', 'docker.io/library/alpine:3.20'],
    ['index.docker.io/alpine', 'docker.io/library/alpine:latest'],
    ['index.docker.io/user/app:v1', 'docker.io/user/app:v1'],
    ['localhost:5000/app', 'localhost:5000/app:latest'],
    ['localhost/app', 'localhost/app:latest'],
    ['ghcr.io/owner/app:1.0', 'ghcr.io/owner/app:1.0'],
    [`alpine:3.20@sha256:${HEX64}`, `docker.io/library/alpine@sha256:${HEX64}`],
  ])('%s → %s', (input, full) => {
    expect(normalizeReference(input)).toBe(full);
  });

  it('gives the familiar form back', () => {
    expect(familiarString(parseDockerRef('docker.io/library/alpine'))).toBe('alpine:latest');
    expect(familiarString(parseNormalizedNamed('docker.io/user/app:v1'))).toBe('user/app:v1');
    expect(familiarString(parseNormalizedNamed('docker.io/library/a/b'))).toBe('library/a/b');
  });
});

describe('error texts', () => {
  it.each([
    ['Foo', 'invalid reference format: repository name (library/Foo) must be lowercase'],
    ['user/App:v1', 'invalid reference format: repository name (user/App) must be lowercase'],
    [HEX64, `invalid repository name (${HEX64}), cannot specify 64-byte hexadecimal strings`],
    ['', 'invalid reference format'],
    ['alpine:', 'invalid reference format'],
    ['alpine:-x', 'invalid reference format'],
    ['alpine@sha256:abc', 'invalid reference format'],
    [`alpine@sha256:${'a'.repeat(40)}`, 'invalid checksum digest length'],
    [`alpine@md5:${'a'.repeat(32)}`, 'unsupported digest algorithm'],
    [`alpine@sha256:${'A'.repeat(64)}`, 'invalid checksum digest format'],
    [`a/${'b'.repeat(254)}`, 'repository name must not be more than 255 characters'],
  ])('parseNormalizedNamed(%j)', (input, message) => {
    expect(messageOf(() => parseNormalizedNamed(input))).toBe(message);
  });

  it('reports the strict parser errors', () => {
    expect(messageOf(() => parseReference(''))).toBe('repository name must have at least one component');
    expect(messageOf(() => parseReference('Alpine'))).toBe('repository name must be lowercase');
    expect(messageOf(() => withTag(parseReference('a'), '-x'))).toBe('invalid tag format');
    expect(messageOf(() => withDigest(parseReference('a'), 'sha256:1'))).toBe('invalid digest format');
  });

  it('keeps the text the learner typed as the input', () => {
    try {
      parseNormalizedNamed('bad name');
    } catch (error) {
      expect((error as InvalidReferenceError).input).toBe('bad name');
      expect((error as InvalidReferenceError).code).toBe('invalid-format');
    }
    expect.assertions(2);
  });
});

describe('properties', () => {
  const component = fc.stringMatching(/^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+){0,2}$/).filter((s) => s.length <= 30);
  const hubName = fc.array(component, { minLength: 1, maxLength: 3 }).map((parts) => parts.join('/'));
  const tag = fc.stringMatching(/^\w[\w.-]{0,20}$/);

  it('familiar(normalise(x)) gives x back for Hub names and tags', () => {
    fc.assert(
      fc.property(hubName, fc.option(tag, { nil: undefined }), (name, t) => {
        fc.pre(!name.startsWith('library/') || name.split('/').length > 2);
        fc.pre(!/^[a-f0-9]{64}$/.test(name));
        const text = t === undefined ? name : `${name}:${t}`;
        expect(familiarString(parseNormalizedNamed(text))).toBe(text);
      }),
    );
  });

  it('normalising twice changes nothing', () => {
    fc.assert(
      fc.property(hubName, tag, (name, t) => {
        fc.pre(!/^[a-f0-9]{64}$/.test(name));
        const once = normalizeReference(`${name}:${t}`);
        expect(normalizeReference(once)).toBe(once);
        expect(referenceString(parseReference(once))).toBe(once);
      }),
    );
  });

  it('never throws anything but InvalidReferenceError', () => {
    const alphabet = fc.constantFrom(...'aA0:/@._-[]#$ sha256'.split(''), 'sha256:', HEX64.slice(0, 32));
    const input = fc.oneof(fc.string({ maxLength: 40 }), fc.array(alphabet, { maxLength: 20 }).map((a) => a.join('')));
    fc.assert(
      fc.property(input, (text) => {
        for (const parse of [parseNormalizedNamed, parseReference, parseDockerRef, parseAnyReference]) {
          try {
            parse(text);
          } catch (error) {
            expect(error).toBeInstanceOf(InvalidReferenceError);
          }
        }
      }),
    );
  });
});
