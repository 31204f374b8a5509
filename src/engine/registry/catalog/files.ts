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

/** The machine names Linux distributions use for a platform. */
export function archNames(platform: string): { apk: string; uname: string; deb: string } {
  switch (platform) {
    case 'linux/arm64':
    case 'linux/arm64/v8':
      return { apk: 'aarch64', uname: 'aarch64', deb: 'arm64' };
    case 'linux/arm/v7':
      return { apk: 'armv7', uname: 'armv7l', deb: 'armhf' };
    case 'linux/arm/v6':
      return { apk: 'armhf', uname: 'armv6l', deb: 'armel' };
    case 'linux/386':
      return { apk: 'x86', uname: 'i686', deb: 'i386' };
    case 'linux/ppc64le':
      return { apk: 'ppc64le', uname: 'ppc64le', deb: 'ppc64el' };
    case 'linux/s390x':
      return { apk: 's390x', uname: 's390x', deb: 's390x' };
    case 'linux/riscv64':
      return { apk: 'riscv64', uname: 'riscv64', deb: 'riscv64' };
    default:
      return { apk: 'x86_64', uname: 'x86_64', deb: 'amd64' };
  }
}
