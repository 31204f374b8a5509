// Catalog images as root filesystems, and running a process in one as the engine would (exec form).
import { hubCatalog } from '../../../src/engine/registry/catalog/index.ts';
import { dockerHub } from '../../../src/engine/registry/registry.ts';
import { treeFromLayers } from '../../../src/vfs/layers/index.ts';
import { readTar } from '../../../src/vfs/tar/read.ts';
import { Vfs } from '../../../src/vfs/vfs.ts';
import { shellRuntime } from '../../../src/session/runtime.ts';
import { SIMULATED_NOW } from '../programs/oracle.ts';

// Docker Hub's catalog loads lazily in the engine (engine/lazy-part.ts): load it before the sync reads below.
await dockerHub().ready();

/** Where images keep executables. */
export const BIN_DIRS = ['/usr/local/sbin', '/usr/local/bin', '/usr/sbin', '/usr/bin', '/sbin', '/bin'];

/** One filesystem per distinct amd64 image of the catalog, named by its first repo:tag. */
export function catalogImages(): [string, () => Vfs][] {
  const hub = dockerHub();
  const seen = new Map<string, string>();
  const out: [string, () => Vfs][] = [];
  for (const repo of hubCatalog.values()) {
    for (const tag of Object.keys(repo.tags)) {
      const manifest = hub.resolveTag(repo.name, tag)?.manifests.find((m) => m.platform === 'linux/amd64');
      if (!manifest || seen.has(manifest.digest)) continue;
      seen.set(manifest.digest, tag);
      out.push([`${repo.name}:${tag}`, () => new Vfs(treeFromLayers(manifest.layers.map((l) => readTar(l.tar))), { clock: () => SIMULATED_NOW })]);
    }
  }
  return out;
}

/** Runs `argv` as a container process would (exec form) and collects its output. */
export async function exec(fs: Vfs, argv: string[], opts: { signal?: AbortSignal; tty?: boolean } = {}) {
  let out = '';
  let err = '';
  const code = await shellRuntime().run(
    { fs, argv, env: ['PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin'], cwd: '/', user: 'root', hostname: 'c0ffee' },
    { stdout: { write: (t) => (out += t) }, stderr: { write: (t) => (err += t) }, stdin: '', tty: opts.tty ?? false, columns: 80, signal: opts.signal ?? new AbortController().signal, sleep: () => Promise.resolve() },
  );
  return { out, err, code };
}


/** The root filesystem of one catalog image (`library/alpine:3`), on a fixed clock. */
export function imageFs(name: string): Vfs {
  const [repo, tag] = name.split(':');
  const manifest = dockerHub().resolveTag(repo, tag)?.manifests.find((m) => m.platform === 'linux/amd64');
  if (!manifest) throw new Error(`${name} is not in the catalog`);
  return new Vfs(treeFromLayers(manifest.layers.map((l) => readTar(l.tar))), { clock: () => SIMULATED_NOW });
}
