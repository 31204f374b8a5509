// The seeded Docker Hub: every tag resolves, bases are shared byte for byte, sizes match what
// `docker images` shows for the real amd64 images, and materialising is deterministic.
import { describe, expect, it, vi } from 'vitest';
import { hubCatalog } from '../../../src/engine/registry/catalog/index.ts';
import { materialize } from '../../../src/engine/registry/materialize.ts';
import { dockerHub } from '../../../src/engine/registry/registry.ts';

const hub = dockerHub();
await hub.ready(); // the catalog loads lazily (engine/lazy-part.ts)
const amd64 = (repo: string, tag: string) => {
  const image = hub.resolveTag(`library/${repo}`, tag);
  if (!image) throw new Error(`${repo}:${tag} does not resolve`);
  return image.manifests.find((m) => m.platform === 'linux/amd64')!;
};
const size = (repo: string, tag: string) => amd64(repo, tag).layers.reduce((n, l) => n + l.size, 0);
const firstLayer = (repo: string, tag: string) => amd64(repo, tag).layers[0].diffId;

describe('seeded catalog', () => {
  it('resolves every tag of every repository to an image with an amd64 manifest', () => {
    for (const repo of hubCatalog.values()) {
      for (const tag of Object.keys(repo.tags)) {
        const image = hub.resolveTag(repo.name, tag);
        expect(image, `${repo.name}:${tag}`).toBeDefined();
        expect(image!.manifests.some((m) => m.platform === 'linux/amd64'), `${repo.name}:${tag}`).toBe(true);
      }
    }
  }, 300_000); // builds every image of the Hub (all platforms): a walk, not a speed check

  it('makes latest and mainline of nginx the same image', () => {
    expect(hub.resolveTag('library/nginx', 'latest')!.digest).toBe(hub.resolveTag('library/nginx', 'mainline')!.digest);
    expect(hub.resolveTag('library/nginx', 'latest')!.digest).not.toBe(hub.resolveTag('library/nginx', 'stable')!.digest);
  });

  it('shares the debian:bookworm-slim layer with the images built on it (as the real ones do)', () => {
    const slim = firstLayer('debian', 'bookworm-slim');
    for (const [repo, tag] of [['nginx', 'latest'], ['nginx', 'stable'], ['node', '22-slim'], ['python', '3.12-slim'], ['python', '3.13-slim']]) expect(firstLayer(repo, tag), `${repo}:${tag}`).toBe(slim);
    expect(firstLayer('debian', 'bookworm')).not.toBe(slim);
  });

  it('shares the debian:bookworm layer and buildpack-deps layers with python, node and golang', () => {
    const base = firstLayer('debian', 'bookworm');
    const curlLayer = amd64('python', '3.12').layers[1].diffId;
    for (const [repo, tag] of [['python', '3.12'], ['python', '3.13'], ['node', '22'], ['node', '20'], ['golang', '1.24'], ['golang', '1.23']]) {
      expect(firstLayer(repo, tag), `${repo}:${tag}`).toBe(base);
      expect(amd64(repo, tag).layers[1].diffId, `${repo}:${tag}`).toBe(curlLayer);
    }
    expect(amd64('node', '22').layers[3].diffId).toBe(amd64('python', '3.12').layers[3].diffId);
  });

  it('starts the alpine variants with the alpine:3.21 rootfs layer', () => {
    const base = firstLayer('alpine', '3.21');
    for (const [repo, tag] of [['nginx', 'alpine'], ['nginx', 'stable-alpine'], ['node', '22-alpine'], ['node', '20-alpine'], ['python', '3.12-alpine'], ['golang', '1.24-alpine']]) expect(firstLayer(repo, tag), `${repo}:${tag}`).toBe(base);
  });

  it('gives the key images the sizes docker images shows for them (within 1%)', () => {
    const targets: [string, string, number][] = [
      ['nginx', 'latest', 192e6], ['nginx', 'alpine', 47.9e6], ['debian', 'bookworm', 117e6], ['debian', 'bookworm-slim', 74.8e6],
      ['ubuntu', '24.04', 78.1e6], ['busybox', 'latest', 4.27e6], ['node', '22', 1.12e9], ['node', '22-alpine', 162e6], ['node', '22-slim', 226e6],
      ['python', '3.12', 1.0e9], ['python', '3.12-slim', 125e6], ['python', '3.12-alpine', 56.1e6], ['golang', '1.24', 853e6], ['golang', '1.24-alpine', 256e6],
    ];
    for (const [repo, tag, bytes] of targets) expect(Math.abs(size(repo, tag) - bytes) / bytes, `${repo}:${tag} is ${size(repo, tag)}`).toBeLessThan(0.01);
  });

  it('writes the nginx history as docker history shows it', () => {
    const history = amd64('nginx', 'latest').config.history.map((h) => h.created_by);
    expect(history[0]).toBe("# debian.sh --arch 'amd64' out/ 'bookworm' '@1740355200'");
    expect(history).toContain('ENV NGINX_VERSION=1.27.4');
    expect(history.slice(-4)).toEqual(['ENTRYPOINT ["/docker-entrypoint.sh"]', 'EXPOSE map[80/tcp:{}]', 'STOPSIGNAL SIGQUIT', 'CMD ["nginx" "-g" "daemon off;"]']);
  });

  it('materialises the whole catalog to the same digests on every run', async () => {
    const digests = async () => {
      vi.resetModules();
      const { hubCatalog: catalog } = await import('../../../src/engine/registry/catalog/index.ts');
      const { materialize: build } = await import('../../../src/engine/registry/materialize.ts');
      return [...catalog.values()].flatMap((repo) => Object.entries(repo.images).map(([key, image]) => `${repo.name}:${key} ${build(image).digest}`));
    };
    const first = await digests();
    expect(await digests()).toEqual(first);
  }, 60_000);
});

void materialize;
