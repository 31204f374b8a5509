// Reads the offline indexes (index-data.ts) and installs a package's files into a filesystem: small
// text where the line names a plain path, sized stand-ins (FileNode.size) where it gives KiB.
import type { Vfs } from '../../vfs/vfs.ts';
import { APK_INDEX, DEB_INDEX, PIP_INDEX } from './index-data.ts';

/** One package of an index. */
export interface IndexedPackage {
  name: string;
  version: string;
  /** Installed size in bytes. */
  size: number;
  deps: string[];
  /** Paths (relative to the install root) with the KiB they stand for (undefined: a small text file), and a symlink's target. */
  files: [string, number | undefined, string?][];
  description: string;
  /** Download size in bytes (deb, pip), when the index gives it. */
  download?: number;
  /** The archive file name (pip wheels). */
  archive?: string;
  /** Console scripts a wheel's entry points name, as [command, module, function] (pip). */
  scripts?: [string, string, string][];
  /** The requirements as the wheel's Requires-Dist spells them (pip: `packaging>=22`), in the order of `deps`. */
  requires?: string[];
  /** The wheel's Requires-Python (pip), such as ">=3.9", or undefined when it names none. */
  requiresPython?: string;
}

function parse(table: string, kind: 'os' | 'pip'): Map<string, IndexedPackage> {
  const out = new Map<string, IndexedPackage>();
  for (const line of table.split('\n')) {
    if (!line.trim()) continue;
    const f = line.split('|');
    const files = (f[4] ? f[4].split(' ') : []).map((spec): [string, number | undefined, string?] => {
      const arrow = spec.indexOf('>');
      if (arrow > 0) return [spec.slice(0, arrow), undefined, spec.slice(arrow + 1)];
      const c = spec.lastIndexOf(':');
      return c > 0 ? [spec.slice(0, c), Number(spec.slice(c + 1))] : [spec, undefined];
    });
    const p: IndexedPackage = { name: f[0], version: f[1], size: Number(f[2]) * 1024, deps: f[3] ? f[3].split(' ') : [], files, description: f[5] };
    if (kind === 'os' && f[6]) p.download = Number(f[6]) * 1024;
    if (kind === 'pip') {
      p.archive = f[5];
      p.download = Math.round(Number(f[6]) * 1024);
      p.description = f[0];
      p.scripts = (f[7] ? f[7].split(',') : []).map((entry): [string, string, string] => {
        const [command, target] = entry.split('=');
        const [module, fn] = target.split(':');
        return [command, module, fn];
      });
      p.requiresPython = f[8] || undefined;
      p.requires = p.deps;
      // The index is keyed by the names with dashes (PEP 503 would also fold . and _).
      p.deps = p.deps.map((req) => (/^[A-Za-z0-9._-]+/.exec(req)?.[0] ?? req).replace(/[-_.]+/g, '-'));
    }
    out.set(f[0].toLowerCase(), p);
  }
  return out;
}

let cache: Record<string, Map<string, IndexedPackage>> | undefined;

/** The index of one ecosystem: alpine (apk), debian (apt) or pip (npm's registry is npm-registry.ts). */
export function packageIndex(kind: 'apk' | 'deb' | 'pip'): Map<string, IndexedPackage> {
  cache ??= { apk: parse(APK_INDEX, 'os'), deb: parse(DEB_INDEX, 'os'), pip: parse(PIP_INDEX, 'pip') };
  return cache[kind];
}

/** The packages to install for `names`, dependencies first, skipping those `installed` already has; null names the first unknown. */
export function resolveInstall(index: Map<string, IndexedPackage>, names: string[], installed: (name: string) => boolean): { order: IndexedPackage[] } | { missing: string } {
  const order: IndexedPackage[] = [];
  const seen = new Set<string>();
  const visit = (name: string): string | undefined => {
    const key = name.toLowerCase();
    if (seen.has(key)) return undefined;
    seen.add(key);
    const p = index.get(key);
    if (!p) return installed(name) ? undefined : name;
    for (const d of p.deps) {
      const miss = visit(d);
      if (miss) return miss;
    }
    if (!installed(p.name)) order.push(p);
    return undefined;
  };
  for (const n of names) {
    if (!index.has(n.toLowerCase())) return { missing: n };
    const miss = visit(n);
    if (miss) return { missing: miss };
  }
  return { order };
}

/** Writes a package's files under `root` (a stand-in of its KiB, or a one-line text naming the package). */
export function writeFiles(fs: Vfs, root: string, p: IndexedPackage, text?: (path: string) => string | undefined): void {
  for (const [rel, kib, target] of p.files) {
    const path = `${root.replace(/\/$/, '')}/${rel}`;
    fs.mkdir(path.slice(0, path.lastIndexOf('/')) || '/', { recursive: true });
    if (target !== undefined) {
      if (fs.lexists(path)) fs.unlink(path);
      fs.symlink(target, path);
      continue;
    }
    const executable = /(^|\/)(s?bin)\//.test(rel);
    fs.writeFile(path, text?.(rel) ?? `# ${p.name} ${p.version}: ${rel}\n`, { mode: executable ? 0o755 : 0o644 });
    if (kib !== undefined) {
      const node = fs.lstat(path);
      if (node.type === 'file') node.size = kib * 1024;
    }
  }
}

/** Human size as apt prints it: `1234 kB`, `12.3 MB` (decimal units). */
export function aptSize(bytes: number): string {
  if (bytes < 1000) return `${bytes} B`;
  if (bytes < 1_000_000) return `${Math.round(bytes / 1000)} kB`;
  if (bytes < 10_000_000) return `${(bytes / 1_000_000).toFixed(1)} MB`;
  return `${Math.round(bytes / 1_000_000)} MB`;
}
