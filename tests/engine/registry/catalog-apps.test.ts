// The application images of the seeded Docker Hub (redis, postgres, wordpress, registry, jpetazzo/clock,
// grafana, bitnami): every tag resolves, their base layers are debian's and alpine's own bytes, sizes match
// what `docker images` shows, configs and history read as on Docker Hub, and materialising is deterministic.
import { describe, expect, it, vi } from 'vitest';
import { dockerHub } from '../../../src/engine/registry/registry.ts';
import { hubCatalog } from '../../../src/engine/registry/catalog/index.ts';
import { REGISTRY_ENTRYPOINT } from '../../../src/engine/registry/catalog/docker-registry.ts';
import { dockerfileCommand } from '../../../src/engine/registry/catalog/image-kit.ts';
import type { RegistryManifest } from '../../../src/engine/registry/types.ts';

const REPOS = ['library/redis', 'library/postgres', 'library/wordpress', 'library/registry', 'jpetazzo/clock', 'grafana/grafana-oss', 'bitnami/nginx', 'bitnami/wordpress'];
const hub = dockerHub();
await hub.ready(); // the catalog loads lazily (engine/lazy-part.ts)
const manifest = (repo: string, tag: string, platform = 'linux/amd64'): RegistryManifest => {
  const image = hub.resolveTag(repo, tag);
  if (!image) throw new Error(`${repo}:${tag} does not resolve`);
  const m = image.manifests.find((x) => x.platform === platform);
  if (!m) throw new Error(`${repo}:${tag} has no ${platform}`);
  return m;
};
const size = (repo: string, tag: string) => manifest(repo, tag).layers.reduce((n, l) => n + l.size, 0);
const diffIds = (repo: string, tag: string, platform?: string) => manifest(repo, tag, platform).layers.map((l) => l.diffId);
const history = (repo: string, tag: string) => manifest(repo, tag).config.history.map((h) => h.created_by);
const text = (repo: string, tag: string, path: string) => {
  for (const layer of [...manifest(repo, tag).layers].reverse()) {
    const entry = findInTar(layer.tar, path);
    if (entry !== undefined) return entry;
  }
  return undefined;
};

// Reads one regular file's content from an uncompressed tar (ustar + pax path records).
function findInTar(tar: Uint8Array, path: string): string | undefined {
  const dec = new TextDecoder();
  let offset = 0;
  let paxPath: string | undefined;
  while (offset + 512 <= tar.length) {
    const header = tar.subarray(offset, offset + 512);
    if (header.every((b) => b === 0)) break;
    const field = (start: number, len: number) => dec.decode(header.subarray(start, start + len)).replace(/\0.*$/s, '');
    const size = parseInt(field(124, 12).trim() || '0', 8);
    const type = field(156, 1);
    const prefix = field(345, 155);
    const body = tar.subarray(offset + 512, offset + 512 + size);
    const name = paxPath ?? (prefix ? `${prefix}/${field(0, 100)}` : field(0, 100));
    if (type === 'x') {
      const m = /\d+ path=([^\n]*)\n/.exec(dec.decode(body));
      paxPath = m?.[1];
    } else {
      if (name === path && (type === '0' || type === '')) return dec.decode(body);
      paxPath = undefined;
    }
    offset += 512 + Math.ceil(size / 512) * 512;
  }
  return undefined;
}

describe('application images on the seeded Docker Hub', () => {
  it('resolves every tag of the new repositories, with an amd64 manifest', () => {
    for (const name of REPOS) {
      const repo = hubCatalog.get(name);
      expect(repo, name).toBeDefined();
      for (const tag of Object.keys(repo!.tags)) {
        const image = hub.resolveTag(name, tag);
        expect(image, `${name}:${tag}`).toBeDefined();
        expect(image!.manifests.some((m) => m.platform === 'linux/amd64'), `${name}:${tag}`).toBe(true);
      }
    }
  });

  it('makes the aliases the same image (redis latest = 7 = 7.4, registry 2 = 2.8 = 2.8.3 = latest)', () => {
    const digest = (repo: string, tag: string) => hub.resolveTag(repo, tag)!.digest;
    expect(digest('library/redis', 'latest')).toBe(digest('library/redis', '7.4'));
    expect(digest('library/redis', '7')).toBe(digest('library/redis', '7.4'));
    expect(digest('library/redis', 'alpine')).toBe(digest('library/redis', '7.4-alpine'));
    expect(digest('library/redis', 'alpine')).not.toBe(digest('library/redis', 'latest'));
    for (const tag of ['2', '2.8', '2.8.3']) expect(digest('library/registry', tag)).toBe(digest('library/registry', 'latest'));
    expect(digest('library/postgres', 'latest')).toBe(digest('library/postgres', '17'));
    expect(digest('library/postgres', '16')).not.toBe(digest('library/postgres', '17'));
    expect(digest('library/wordpress', 'latest')).toBe(digest('library/wordpress', 'php8.3-apache'));
  });

  it('starts the bookworm-slim images with debian:bookworm-slim’s own layer, byte for byte', () => {
    const platforms = hub.resolveTag('library/debian', 'bookworm-slim')!.manifests.map((m) => m.platform);
    for (const platform of platforms) {
      const slim = diffIds('library/debian', 'bookworm-slim', platform)[0];
      for (const [repo, tag] of [['library/redis', '7.4'], ['library/postgres', '17'], ['library/postgres', '16'], ['library/wordpress', 'latest']]) expect(diffIds(repo, tag, platform)[0], `${repo}:${tag} ${platform}`).toBe(slim);
    }
    // postgres 16 and 17 share everything up to the PGDG key, as on the Hub.
    expect(diffIds('library/postgres', '16').slice(0, 8)).toEqual(diffIds('library/postgres', '17').slice(0, 8));
  });

  it('starts the alpine images with alpine’s own rootfs layer (3.21; the registry is built FROM alpine:3.18)', () => {
    for (const platform of hub.resolveTag('library/redis', 'alpine')!.manifests.map((m) => m.platform)) {
      const base = diffIds('library/alpine', '3.21', platform)[0];
      expect(diffIds('library/redis', '7.4-alpine', platform)[0], platform).toBe(base);
      expect(diffIds('library/postgres', '17-alpine', platform)[0], platform).toBe(base);
    }
    expect(diffIds('grafana/grafana-oss', 'latest')[0]).toBe(diffIds('library/alpine', '3.21')[0]);
    for (const platform of hub.resolveTag('library/registry', '2')!.manifests.map((m) => m.platform)) expect(diffIds('library/registry', '2', platform)[0], platform).toBe(diffIds('library/alpine', '3.18', platform)[0]);
    expect(diffIds('jpetazzo/clock', 'latest')[0]).toBe(diffIds('library/busybox', 'latest')[0]);
  });

  it('gives the images the sizes docker images shows for them (within 1%)', () => {
    const targets: [string, string, number][] = [
      ['library/redis', 'latest', 117e6], ['library/redis', 'alpine', 41e6],
      ['library/postgres', '17', 435e6], ['library/postgres', '16', 429e6], ['library/postgres', '17-alpine', 278e6],
      ['library/wordpress', 'latest', 700e6], ['library/registry', '2', 25.4e6], ['jpetazzo/clock', 'latest', 4.27e6],
      ['grafana/grafana-oss', 'latest', 622e6], ['bitnami/nginx', 'latest', 184e6], ['bitnami/wordpress', 'latest', 1.02e9],
    ];
    for (const [repo, tag, bytes] of targets) expect(Math.abs(size(repo, tag) - bytes) / bytes, `${repo}:${tag} is ${size(repo, tag)}`).toBeLessThan(0.01);
  });

  it('publishes the platforms the real images are published for', () => {
    const platforms = (repo: string, tag: string) => hub.resolveTag(repo, tag)!.manifests.map((m) => m.platform);
    expect(platforms('library/redis', 'latest')).toEqual(['linux/amd64', 'linux/arm/v5', 'linux/arm/v7', 'linux/arm64/v8', 'linux/386', 'linux/mips64le', 'linux/ppc64le', 'linux/s390x']);
    expect(platforms('library/registry', '2')).toEqual(['linux/amd64', 'linux/arm/v6', 'linux/arm/v7', 'linux/arm64/v8', 'linux/ppc64le', 'linux/s390x']);
    expect(platforms('bitnami/nginx', 'latest')).toEqual(['linux/amd64', 'linux/arm64']);
    expect(hub.resolveTag('jpetazzo/clock', 'latest')!.isIndex).toBe(false);
  });

  it('configures redis, postgres and wordpress as the official images are', () => {
    const redis = manifest('library/redis', 'latest').config.config;
    expect(redis).toMatchObject({ Entrypoint: ['docker-entrypoint.sh'], Cmd: ['redis-server'], ExposedPorts: { '6379/tcp': {} }, Volumes: { '/data': {} }, WorkingDir: '/data' });
    expect(redis.Env).toContain('REDIS_VERSION=7.4.2');
    const pg = manifest('library/postgres', 'latest').config.config;
    expect(pg).toMatchObject({ Entrypoint: ['docker-entrypoint.sh'], Cmd: ['postgres'], ExposedPorts: { '5432/tcp': {} }, Volumes: { '/var/lib/postgresql/data': {} }, StopSignal: 'SIGINT' });
    expect(pg.Env).toContain('PGDATA=/var/lib/postgresql/data');
    expect(pg.Env![0]).toBe('PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin:/usr/lib/postgresql/17/bin');
    const wp = manifest('library/wordpress', 'latest').config.config;
    expect(wp).toMatchObject({ Entrypoint: ['docker-entrypoint.sh'], Cmd: ['apache2-foreground'], ExposedPorts: { '80/tcp': {} }, Volumes: { '/var/www/html': {} }, WorkingDir: '/var/www/html' });
  });

  it('runs the registry as `registry serve <config>` through its entrypoint, as the real image does', () => {
    const config = manifest('library/registry', 'latest').config.config;
    expect(config).toMatchObject({ Entrypoint: ['/entrypoint.sh'], Cmd: ['/etc/docker/registry/config.yml'], ExposedPorts: { '5000/tcp': {} }, Volumes: { '/var/lib/registry': {} } });
    expect(text('library/registry', 'latest', 'entrypoint.sh')).toBe(REGISTRY_ENTRYPOINT);
    expect(REGISTRY_ENTRYPOINT).toContain('*.yaml|*.yml) set -- registry serve "$@" ;;');
    expect(text('library/registry', 'latest', 'etc/docker/registry/config.yml')).toContain('rootdirectory: /var/lib/registry');
    expect(history('library/registry', 'latest').slice(-6)).toEqual(['COPY ./config-example.yml /etc/docker/registry/config.yml # buildkit', 'VOLUME [/var/lib/registry]', 'EXPOSE map[5000/tcp:{}]', 'COPY docker-entrypoint.sh /entrypoint.sh # buildkit', 'ENTRYPOINT ["/entrypoint.sh"]', 'CMD ["/etc/docker/registry/config.yml"]']);
  });

  it('runs the clock as a shell loop and grafana and bitnami as non-root users', () => {
    expect(manifest('jpetazzo/clock', 'latest').config.config.Cmd).toEqual(['/bin/sh', '-c', 'while date; do sleep 1; done']);
    expect(manifest('grafana/grafana-oss', 'latest').config.config).toMatchObject({ User: '472', ExposedPorts: { '3000/tcp': {} }, Entrypoint: ['/run.sh'] });
    for (const repo of ['bitnami/nginx', 'bitnami/wordpress']) {
      const c = manifest(repo, 'latest').config.config;
      expect(c.User, repo).toBe('1001');
      expect(c.ExposedPorts, repo).toEqual({ '8080/tcp': {}, '8443/tcp': {} });
      expect(c.Env!.some((e) => e.startsWith('BITNAMI_APP_NAME=')), repo).toBe(true);
    }
  });

  it('writes redis’s history as docker history shows it, WORKDIR as an empty layer', () => {
    const h = manifest('library/redis', 'latest').config.history;
    expect(h.map((e) => e.created_by).slice(-7)).toEqual(['RUN /bin/sh -c mkdir /data && chown redis:redis /data # buildkit', 'VOLUME [/data]', 'WORKDIR /data', 'COPY docker-entrypoint.sh /usr/local/bin/ # buildkit', 'ENTRYPOINT ["docker-entrypoint.sh"]', 'EXPOSE map[6379/tcp:{}]', 'CMD ["redis-server"]']);
    const workdir = h.find((e) => e.created_by === 'WORKDIR /data')!;
    expect(workdir.empty_layer).toBeUndefined();
    expect(diffIds('library/redis', 'latest')).toContain('sha256:5f70bf18a086007016e948b04aed3b82103a36bea41755b6cddfaf10ace3c6ef');
    expect(h.filter((e) => !e.empty_layer).length).toBe(manifest('library/redis', 'latest').layers.length);
    expect(text('library/redis', 'latest', 'usr/local/bin/docker-entrypoint.sh')).toContain('exec gosu redis "$0" "$@"');
  });

  it('joins a Dockerfile RUN the way BuildKit records it', () => {
    expect(dockerfileCommand('set -eux; \\\n\t\\\n# a comment\n\twget x; \\\n\tapk add \\\n\t\tbash \\\n\t;')).toBe('set -eux; \t\twget x; \tapk add \t\tbash \t;');
  });

  it('materialises the new repositories to the same digests on every run', async () => {
    const digests = async () => {
      vi.resetModules();
      const { hubCatalog: catalog } = await import('../../../src/engine/registry/catalog/index.ts');
      const { materialize } = await import('../../../src/engine/registry/materialize.ts');
      return REPOS.flatMap((name) => Object.entries(catalog.get(name)!.images).map(([key, image]) => `${name}:${key} ${materialize(image).digest}`));
    };
    const first = await digests();
    expect(await digests()).toEqual(first);
  }, 120_000);
});
