// Matchers about how images relate and what they hold: shared layers, bases, sizes, paths, platforms,
// owners and modes, and the combinators not / anyOf on top of them.
import { describe, expect, it } from 'vitest';
import { verdicts } from './verdicts.ts';

const COMMIT = [
  'docker pull alpine:3.21',
  "docker run --name tmp alpine:3.21 sh -c 'apk add --no-cache curl'",
  "docker commit --change 'CMD [\"curl\",\"--version\"]' tmp tools:v1",
  'docker export tmp | docker import - flat:v1',
];

describe('layer relations', () => {
  it('sharesLayersWith, builtFrom and layerCount relativeTo compare diff IDs', async () => {
    expect(
      await verdicts(COMMIT, [
        { matcher: 'sharesLayersWith', params: { ref: 'tools:v1', other: 'alpine:3.21' } },
        { matcher: 'sharesLayersWith', params: { ref: 'flat:v1', other: 'alpine:3.21' } },
        { matcher: 'builtFrom', params: { ref: 'tools:v1', base: 'alpine:3.21' } },
        { matcher: 'builtFrom', params: { ref: 'flat:v1', base: 'alpine:3.21' } },
        { matcher: 'layerCount', params: { ref: 'tools:v1', relativeTo: 'alpine:3.21', more: 1 } },
        { matcher: 'layerCount', params: { ref: 'flat:v1', relativeTo: 'alpine:3.21', more: 1 } },
        { matcher: 'builtFrom', params: { ref: 'tools:v1', base: 'nginx:alpine' } },
      ]),
    ).toEqual([
      'pass',
      'flat:v1 shares 0 layers with alpine:3.21; it should share at least 1.',
      'pass',
      "flat:v1 is not built on alpine:3.21: its bottom layers are not alpine:3.21's.",
      'pass',
      'flat:v1 has 1 layer and alpine:3.21 1 layer; it should have 1 more than alpine:3.21.',
      "tools:v1 is not built on nginx:alpine: its bottom layers are not nginx:alpine's.",
    ]);
  });

  it('compares with a base that was never pulled as Docker Hub serves it', async () => {
    expect(
      await verdicts(['docker pull nginx:alpine'], [
        { matcher: 'builtFrom', params: { ref: 'nginx:alpine', base: 'alpine:3.21' } },
        { matcher: 'layerCount', params: { ref: 'nginx:alpine', relativeTo: 'alpine:3.21', more: 7 } },
        { matcher: 'builtFrom', params: { ref: 'nginx:alpine', base: 'alpine:3.20' } },
        { matcher: 'builtFrom', params: { ref: 'nginx:alpine', base: 'no-such-repo:1' } },
      ]),
    ).toEqual(['pass', 'pass', "nginx:alpine is not built on alpine:3.20: its bottom layers are not alpine:3.20's.", 'no-such-repo:1 is neither on this machine nor on Docker Hub to compare nginx:alpine with.']);
  });

  it('not passes only when its inner check fails on a subject that exists; anyOf takes any alternative', async () => {
    const notShared = (ref: string) => ({ matcher: 'not', params: { check: { matcher: 'sharesLayersWith', params: { ref, other: 'alpine:3.21' } }, why: `${ref} still shares alpine's layer.` } });
    expect(
      await verdicts(COMMIT, [
        notShared('flat:v1'),
        notShared('tools:v1'),
        notShared('nothing:v1'),
        { matcher: 'anyOf', params: { checks: [{ matcher: 'imageExists', params: { ref: 'flat:v2' } }, { matcher: 'imageExists', params: { ref: 'flat:v1' } }] } },
        { matcher: 'anyOf', params: { checks: [{ matcher: 'imageExists', params: { ref: 'a:1' } }, { matcher: 'imageExists', params: { ref: 'b:1' } }], why: 'Name it a:1 or b:1.' } },
      ]),
    ).toEqual(['pass', "tools:v1 still shares alpine's layer.", 'There is no image called nothing:v1 on this machine yet.', 'pass', 'Name it a:1 or b:1.']);
  });
});

describe('image contents', () => {
  it('imageSizeAtMost compares SIZE with a number of bytes or with another image', async () => {
    expect(
      await verdicts(COMMIT, [
        { matcher: 'imageSizeAtMost', params: { ref: 'alpine:3.21', bytes: 8_000_000 } },
        { matcher: 'imageSizeAtMost', params: { ref: 'tools:v1', bytes: 8_000_000 } },
        { matcher: 'imageSizeAtMost', params: { ref: 'alpine:3.21', lessThan: 'tools:v1', byAtLeast: 1_000_000 } },
        { matcher: 'imageSizeAtMost', params: { ref: 'tools:v1', lessThan: 'alpine:3.21' } },
      ]),
    ).toEqual(['pass', 'tools:v1 is 12.7MB; it should be at most 8MB.', 'pass', 'tools:v1 is 12.7MB and alpine:3.21 is 7.83MB: it should be smaller by at least 1B.']);
  });

  it('imagePathExists sees the stacked filesystem, with kinds', async () => {
    expect(
      await verdicts(COMMIT, [
        { matcher: 'imagePathExists', params: { ref: 'tools:v1', path: '/usr/bin/curl', kind: 'file' } },
        { matcher: 'imagePathExists', params: { ref: 'alpine:3.21', path: '/usr/bin/curl' } },
        { matcher: 'imagePathExists', params: { ref: 'alpine:3.21', path: '/etc', kind: 'file' } },
        { matcher: 'imagePathExists', params: { ref: 'alpine:3.21', path: '/bin/sh', kind: 'symlink' } },
      ]),
    ).toEqual(['pass', 'The image alpine:3.21 has nothing at /usr/bin/curl.', '/etc in alpine:3.21 is a directory, not a file.', 'pass']);
  });

  it('platformIs reads Os, Architecture and Variant', async () => {
    expect(
      await verdicts(['docker pull --platform linux/arm64 alpine:3.21', 'docker tag alpine:3.21 alpine:arm64', 'docker pull alpine:3.21'], [
        { matcher: 'platformIs', params: { ref: 'alpine:arm64', architecture: 'arm64', variant: 'v8' } },
        { matcher: 'platformIs', params: { ref: 'alpine:3.21', architecture: 'amd64' } },
        { matcher: 'platformIs', params: { ref: 'alpine:3.21', architecture: 'arm64' } },
      ]),
    ).toEqual(['pass', 'pass', 'alpine:3.21 is for linux/amd64, not linux/arm64.']);
  });

  it('fileOwnerMode reads owner, group and mode, by name or number', async () => {
    expect(
      await verdicts(['docker pull nginx:alpine'], [
        { matcher: 'fileOwnerMode', params: { ref: 'nginx:alpine', path: '/etc/passwd', owner: 'root', group: '0', mode: '644' } },
        { matcher: 'fileOwnerMode', params: { ref: 'nginx:alpine', path: '/etc/passwd', owner: 'nobody' } },
        { matcher: 'fileOwnerMode', params: { ref: 'nginx:alpine', path: '/etc/passwd', mode: '0600' } },
        { matcher: 'fileOwnerMode', params: { ref: 'nginx:alpine', path: '/etc/passwd', owner: 'nobody-here' } },
      ]),
    ).toEqual([
      'pass',
      '/etc/passwd in nginx:alpine belongs to UID 0, not nobody (UID 65534).',
      '/etc/passwd in nginx:alpine has mode 644, not 600.',
      'The image nginx:alpine has no user nobody-here (its /etc/passwd does not list one).',
    ]);
  });

  it('imageConfigHas reads StopSignal too', async () => {
    expect(
      await verdicts(['docker pull nginx:alpine'], [
        { matcher: 'imageConfigHas', params: { ref: 'nginx:alpine', field: 'StopSignal', equals: 'SIGQUIT' } },
        { matcher: 'imageConfigHas', params: { ref: 'nginx:alpine', field: 'StopSignal', equals: 'SIGTERM' } },
      ]),
    ).toEqual(['pass', 'The StopSignal of nginx:alpine is "SIGQUIT"; it should be "SIGTERM".']);
  });
});
