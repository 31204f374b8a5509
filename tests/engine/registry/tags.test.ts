// The tags learners try: each official repository answers to the Hub's whole "Shared and Simple
// tags" list (version aliases × variant aliases), and `scratch` is the reserved name it is on Docker.
import { describe, expect, it } from 'vitest';
import { dockerHub } from '../../../src/engine/registry/registry.ts';
import { libraryTags, versionAliases } from '../../../src/engine/registry/catalog/tag-aliases.ts';
import { Engine } from '../../../src/engine/engine.ts';
import { normalizeReference } from '../../../src/engine/images/names.ts';
import { EngineError } from '../../../src/engine/errors/engine-error.ts';
import { readTar } from '../../../src/vfs/tar/read.ts';
import { decodeUtf8 } from '../../../src/vfs/utf8.ts';
import { simulatedClock } from '../../../src/session/clock.ts';

const hub = dockerHub();
await hub.ready(); // the catalog loads lazily (engine/lazy-part.ts)
const amd64 = (ref: string) => {
  const [repo, tag] = ref.split(':');
  const image = hub.resolveTag(repo.includes('/') ? repo : `library/${repo}`, tag);
  return image?.manifests.find((m) => m.platform === 'linux/amd64');
};
const env = (ref: string, name: string) => amd64(ref)?.config.config.Env?.find((e) => e.startsWith(`${name}=`))?.split('=')[1];
const sameImage = (a: string, b: string) => expect(amd64(a)?.digest, `${a} = ${b}`).toBe(amd64(b)?.digest);

describe('tags learners try', () => {
  it('resolves python by every alias of the Hub page, alpine and slim included', () => {
    for (const tag of ['alpine', '3-alpine', '3.13-alpine', '3.13.2-alpine', 'alpine3.21', '3.12-alpine3.21', 'slim', '3-slim', 'slim-bookworm', '3.12-slim', '3.12-slim-bookworm', 'bookworm', '3-bookworm', '3.11', '3.11-slim', '3.10-alpine', 'latest']) {
      expect(amd64(`python:${tag}`), `python:${tag}`).toBeDefined();
    }
    sameImage('python:alpine', 'python:3.13-alpine');
    sameImage('python:3-alpine', 'python:3.13.2-alpine3.21');
    sameImage('python:latest', 'python:3.13-bookworm');
    expect(env('python:alpine', 'PYTHON_VERSION')).toBe('3.13.2');
    expect(env('python:3.11-slim', 'PYTHON_VERSION')).toBe('3.11.11');
    expect(amd64('python:3.14'), 'no release that was not out in Feb 2025').toBeUndefined();
  });

  it('resolves the aliases of node, golang, nginx, redis, postgres, busybox, debian and ubuntu', () => {
    const tags = [
      'node:lts', 'node:lts-alpine', 'node:22-bookworm-slim', 'node:20-slim', 'node:iron-alpine', 'node:alpine3.21', 'node:22.14-alpine',
      'golang:alpine', 'golang:1.23-alpine', 'golang:1-bookworm',
      'nginx:mainline-alpine', 'nginx:stable-bookworm', 'nginx:1.26-alpine3.21', 'nginx:1-alpine',
      'redis:alpine3.21', 'redis:7-bookworm', 'postgres:alpine', 'postgres:16-bookworm', 'wordpress:php8.3', 'wordpress:6-apache', 'registry:2.8',
      'busybox:musl', 'busybox:stable-uclibc', 'busybox:1.36-musl', 'busybox:unstable',
      'debian:oldstable-slim', 'debian:stable', 'debian:bookworm-20250224-slim', 'debian:testing',
      'ubuntu:rolling', 'ubuntu:oracular', 'ubuntu:jammy',
    ];
    for (const ref of tags) expect(amd64(ref), ref).toBeDefined();
    sameImage('node:lts-alpine', 'node:22-alpine');
    sameImage('busybox:stable', 'busybox:1.36.1-glibc');
    sameImage('debian:oldstable', 'debian:bullseye');
    expect(amd64('alpine:stable'), 'alpine has no stable tag').toBeUndefined();
    expect(amd64('debian:slim'), 'debian has no bare slim tag').toBeUndefined();
  });

  it('joins each version alias to each variant, with latest standing for the bare variant', () => {
    expect(libraryTags([{ image: 'x', versions: versionAliases('3.13.2', '3', 'latest'), variants: ['', 'alpine'] }])).toEqual({
      '3.13.2': 'x', '3.13': 'x', '3': 'x', latest: 'x', '3.13.2-alpine': 'x', '3.13-alpine': 'x', '3-alpine': 'x', alpine: 'x',
    });
  });

  it('keeps the first family that claims a tag', () => {
    expect(libraryTags([{ image: 'a', versions: ['1'], variants: [''] }, { image: 'b', versions: ['1'], variants: [''] }])).toEqual({ '1': 'a' });
  });
});

describe('Ubuntu releases', () => {
  it('tells an interim release from an LTS and uses the ports mirror off amd64', () => {
    const tree = (ref: string, platform = 'linux/amd64') => {
      const image = hub.resolveTag('library/ubuntu', ref)!.manifests.find((m) => m.platform === platform)!;
      return new Map(image.layers.flatMap((l) => readTar(l.tar).map((e) => [e.path, e.data ? decodeUtf8(e.data) : ''] as const)));
    };
    const oracular = tree('rolling');
    expect(oracular.get('etc/lsb-release')).toContain('DISTRIB_DESCRIPTION="Ubuntu 24.10"');
    expect(oracular.get('usr/lib/os-release')).toContain('VERSION="24.10 (Oracular Oriole)"');
    expect(tree('focal').get('etc/apt/sources.list')).toContain('deb http://security.ubuntu.com/ubuntu/ focal-security main restricted');
    expect(tree('noble', 'linux/arm64/v8').get('etc/apt/sources.list.d/ubuntu.sources')).toContain('URIs: http://ports.ubuntu.com/ubuntu-ports/');
    expect(tree('noble').get('etc/apt/sources.list.d/ubuntu.sources')).toContain('Suites: noble noble-updates noble-backports');
  });
});

describe('scratch', () => {
  it('refuses to pull the reserved name, with any tag and with -a (no tag)', async () => {
    const engine = new Engine(simulatedClock());
    for (const name of ['scratch:latest', 'docker.io/library/scratch:1', 'scratch']) {
      const attempt = async () => {
        for await (const message of engine.imageCreate({ ref: normalizeReference(name) })) void message;
      };
      const error = await attempt().catch((e: unknown) => e);
      expect(error, name).toBeInstanceOf(EngineError);
      expect((error as EngineError).message).toBe("'scratch' is a reserved name");
      expect((error as EngineError).status, 'errdefs.Forbidden').toBe(403);
    }
  });
});
