// Small helpers for describing file trees in catalog recipes.
import type { TarEntry } from '../../../vfs/tar/entry.ts';
import { layerSize } from '../../../vfs/tar/size.ts';

const encoder = new TextEncoder();

/** Builds file trees with one mtime: `dir`, `file` (real text), `stub` (a sized stand-in), `link`. */
export class TreeBuilder {
  readonly entries: TarEntry[] = [];
  private dirs = new Set<string>();
  constructor(private readonly mtime: number) {}

  /** A directory (and its parents). */
  dir(path: string, mode = 0o755): this {
    const clean = path.replace(/^\/+|\/+$/g, '');
    if (!clean || this.dirs.has(clean)) return this;
    const parent = clean.includes('/') ? clean.slice(0, clean.lastIndexOf('/')) : '';
    if (parent) this.dir(parent);
    this.dirs.add(clean);
    this.entries.push({ path: clean, type: 'dir', mode, uid: 0, gid: 0, mtime: this.mtime });
    return this;
  }

  /** A regular file with real content. */
  file(path: string, content: string, mode = 0o644): this {
    const clean = this.parentOf(path);
    this.entries.push({ path: clean, type: 'file', mode, uid: 0, gid: 0, mtime: this.mtime, data: encoder.encode(content) });
    return this;
  }

  /** A big binary we do not ship: a short stand-in that declares the real size. */
  stub(path: string, size: number, mode = 0o755): this {
    const clean = this.parentOf(path);
    const data = encoder.encode(`workbook stand-in for ${'/' + clean} (${size} bytes)\n`);
    this.entries.push({ path: clean, type: 'file', mode, uid: 0, gid: 0, mtime: this.mtime, data, declaredSize: size });
    return this;
  }

  /** A symbolic link. */
  link(path: string, target: string): this {
    const clean = this.parentOf(path);
    this.entries.push({ path: clean, type: 'symlink', mode: 0o777, uid: 0, gid: 0, mtime: this.mtime, linkTarget: target });
    return this;
  }

  /** The layer size Docker would report for these files (see layerSize). */
  declaredBytes(): number {
    return layerSize(this.entries);
  }

  private parentOf(path: string): string {
    const clean = path.replace(/^\/+/, '');
    if (clean.includes('/')) this.dir(clean.slice(0, clean.lastIndexOf('/')));
    return clean;
  }
}

/** Seconds since the epoch of an RFC 3339 time. */
export function epoch(rfc3339: string): number {
  return Math.floor(Date.parse(rfc3339) / 1000);
}

/** The machine names Linux distributions use for a platform (`triplet` is Debian's multiarch directory). */
export function archNames(platform: string): { apk: string; uname: string; deb: string; triplet: string } {
  switch (platform) {
    case 'linux/arm64':
    case 'linux/arm64/v8':
      return { apk: 'aarch64', uname: 'aarch64', deb: 'arm64', triplet: 'aarch64-linux-gnu' };
    case 'linux/arm/v7':
      return { apk: 'armv7', uname: 'armv7l', deb: 'armhf', triplet: 'arm-linux-gnueabihf' };
    case 'linux/arm/v6':
      return { apk: 'armhf', uname: 'armv6l', deb: 'armel', triplet: 'arm-linux-gnueabi' };
    case 'linux/arm/v5':
      return { apk: 'armhf', uname: 'armv5tel', deb: 'armel', triplet: 'arm-linux-gnueabi' };
    case 'linux/386':
      return { apk: 'x86', uname: 'i686', deb: 'i386', triplet: 'i386-linux-gnu' };
    case 'linux/mips64le':
      return { apk: 'mips64', uname: 'mips64', deb: 'mips64el', triplet: 'mips64el-linux-gnuabi64' };
    case 'linux/ppc64le':
      return { apk: 'ppc64le', uname: 'ppc64le', deb: 'ppc64el', triplet: 'powerpc64le-linux-gnu' };
    case 'linux/s390x':
      return { apk: 's390x', uname: 's390x', deb: 's390x', triplet: 's390x-linux-gnu' };
    case 'linux/riscv64':
      return { apk: 'riscv64', uname: 'riscv64', deb: 'riscv64', triplet: 'riscv64-linux-gnu' };
    default:
      return { apk: 'x86_64', uname: 'x86_64', deb: 'amd64', triplet: 'x86_64-linux-gnu' };
  }
}

// How big another architecture's binaries are next to amd64's, roughly as Docker Hub lists them.
const SIZE_FACTOR: Record<string, number> = {
  'linux/amd64': 1, 'linux/arm/v5': 0.93, 'linux/arm/v6': 0.91, 'linux/arm/v7': 0.88, 'linux/arm64/v8': 1.02,
  'linux/386': 0.99, 'linux/mips64le': 0.97, 'linux/ppc64le': 1.08, 'linux/riscv64': 0.96, 'linux/s390x': 0.99,
};

/** A size measured on amd64, scaled for another platform's binaries. */
export function scaledSize(bytes: number, platform: string): number {
  return Math.round(bytes * (SIZE_FACTOR[platform] ?? 1));
}

/**
 * Tops a tree up to `target` bytes with sized stand-ins for the bulk of a big tree (shared libraries,
 * locales, headers): the remainder is split over `bulk` paths by their weights, so no file is absurd.
 */
export function fillTo(t: TreeBuilder, target: number, bulk: [path: string, weight: number][]): TreeBuilder {
  const rest = target - t.declaredBytes();
  if (rest <= 0) return t;
  const total = bulk.reduce((n, [, w]) => n + w, 0);
  let left = rest;
  bulk.forEach(([path, weight], i) => {
    const size = i === bulk.length - 1 ? left : Math.floor((rest * weight) / total);
    left -= size;
    t.stub(path, size, /\.(so|so\.[0-9.]+)$|\/bin\//.test(path) ? 0o755 : 0o644);
  });
  return t;
}

/** Deterministic lowercase hex for ids the real images carry but we cannot recompute (file: hashes, keys). */
export function hexFrom(seed: string, length = 64): string {
  let h = 2166136261;
  let out = '';
  for (let i = 0; out.length < length; i++) {
    for (const c of `${seed}#${i}`) h = Math.imul(h ^ c.charCodeAt(0), 16777619) >>> 0;
    out += h.toString(16).padStart(8, '0');
  }
  return out.slice(0, length);
}
