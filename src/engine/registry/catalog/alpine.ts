// alpine on the simulated Docker Hub: 3.18–3.21, latest and edge, each a multi-arch image built the
// way the official image is (one ADD of the minirootfs, then CMD).
import type { CatalogImage, CatalogRepo, EmptyHistory, LayerRecipe } from './types.ts';
import { alpineRootfs, type AlpineRelease } from './alpine-files.ts';
import { archNames } from './files.ts';

/** The alpine releases on the Hub, by tag (3.21, edge). */
export const ALPINE_RELEASES: Record<string, AlpineRelease> = {
  '3.18': { version: '3.18.12', branch: 'v3.18', created: '2025-02-14T03:28:36Z', busybox: '1.36.1-r7', musl: '1.2.4-r3', openssl: '3.1.8-r0', apkTools: '2.14.4-r0', baselayout: '3.4.3-r1', caCerts: '20241121-r0', zlib: '1.2.13-r1', rootfsBytes: 7_350_000 },
  '3.19': { version: '3.19.7', branch: 'v3.19', created: '2025-02-14T03:28:36Z', busybox: '1.36.1-r20', musl: '1.2.4_git20230717-r5', openssl: '3.1.8-r0', apkTools: '2.14.4-r0', baselayout: '3.4.3-r2', caCerts: '20241121-r0', zlib: '1.3.1-r0', rootfsBytes: 7_400_000 },
  '3.20': { version: '3.20.6', branch: 'v3.20', created: '2025-02-14T03:28:36Z', busybox: '1.36.1-r31', musl: '1.2.5-r1', openssl: '3.3.3-r0', apkTools: '2.14.4-r1', baselayout: '3.6.5-r0', caCerts: '20241121-r1', zlib: '1.3.1-r1', rootfsBytes: 7_800_000 },
  '3.21': { version: '3.21.3', branch: 'v3.21', created: '2025-02-14T03:28:36Z', busybox: '1.37.0-r12', musl: '1.2.5-r9', openssl: '3.3.3-r0', apkTools: '2.14.6-r3', baselayout: '3.6.8-r1', caCerts: '20241121-r1', zlib: '1.3.1-r2', rootfsBytes: 7_830_000 },
  edge: { version: '3.22_alpha20250108', branch: 'edge', created: '2025-01-08T12:07:30Z', busybox: '1.37.0-r10', musl: '1.2.5-r8', openssl: '3.4.0-r4', apkTools: '2.14.6-r2', baselayout: '3.6.8-r1', caCerts: '20241121-r1', zlib: '1.3.1-r2', rootfsBytes: 7_900_000 },
};

const PLATFORMS = ['linux/amd64', 'linux/arm/v6', 'linux/arm/v7', 'linux/arm64/v8', 'linux/386', 'linux/ppc64le', 'linux/riscv64', 'linux/s390x'];

// The other architectures' rootfs sizes relative to amd64, as on Docker Hub.
const SIZE_FACTOR: Record<string, number> = { 'linux/amd64': 1, 'linux/arm/v6': 0.91, 'linux/arm/v7': 0.87, 'linux/arm64/v8': 1.05, 'linux/386': 0.93, 'linux/ppc64le': 1.04, 'linux/riscv64': 0.96, 'linux/s390x': 0.98 };

const baseCache = new Map<string, (LayerRecipe | EmptyHistory)[]>();

/**
 * The history of `alpine:<release>` for one platform: the minirootfs layer and CMD. Images built
 * `FROM alpine` start with these very steps, so their first layer is byte-identical (same diffID).
 */
export function alpineBase(release: string, platform: string): (LayerRecipe | EmptyHistory)[] {
  const key = `${release} ${platform}`;
  let steps = baseCache.get(key);
  if (!steps) {
    const r = ALPINE_RELEASES[release];
    const arch = archNames(platform).apk;
    const sized = { ...r, rootfsBytes: Math.round(r.rootfsBytes * (SIZE_FACTOR[platform] ?? 1)) };
    steps = [
      { files: alpineRootfs(sized, platform).entries, compressRatio: 0.46, createdBy: `ADD alpine-minirootfs-${r.version}-${arch}.tar.gz / # buildkit`, comment: 'buildkit.dockerfile.v0', created: r.created },
      { createdBy: 'CMD ["/bin/sh"]', comment: 'buildkit.dockerfile.v0', created: r.created },
    ];
    baseCache.set(key, steps);
  }
  return steps;
}

/** The platforms an alpine release is published for. */
export function alpinePlatforms(release: string): string[] {
  const branch = ALPINE_RELEASES[release].branch;
  return branch === 'v3.18' || branch === 'v3.19' ? PLATFORMS.filter((p) => p !== 'linux/riscv64') : PLATFORMS;
}

function alpineImage(key: string): CatalogImage {
  const release = ALPINE_RELEASES[key];
  return {
    platforms: alpinePlatforms(key),
    recipe: (platform) => ({
      created: release.created,
      steps: alpineBase(key, platform),
      config: { Env: ['PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin'], Cmd: ['/bin/sh'], WorkingDir: '/', ArgsEscaped: true },
    }),
  };
}

/** The official alpine repository. */
export const alpine: CatalogRepo = {
  name: 'library/alpine',
  description: 'A minimal Docker image based on Alpine Linux with a complete package index and only 5 MB in size!',
  stars: 11321,
  official: true,
  tags: {
    '3.18': '3.18', '3.18.12': '3.18',
    '3.19': '3.19', '3.19.7': '3.19',
    '3.20': '3.20', '3.20.6': '3.20',
    '3.21': '3.21', '3.21.3': '3.21', '3': '3.21', latest: '3.21',
    edge: 'edge', '20250108': 'edge',
  },
  images: Object.fromEntries(Object.keys(ALPINE_RELEASES).map((key) => [key, alpineImage(key)])),
};
