// Shared by the differential tests: builds a case in our engine and describes the result the way
// scripts/oracle/record.sh describes buildah's (config fields, and a listing of chosen paths).
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { Vfs } from '../../src/vfs/vfs.ts';
import type { DirNode } from '../../src/vfs/types.ts';
import { imageRootfs } from '../../src/engine/images/rootfs.ts';
import { build, buildEngine } from '../engine/builder/build/helpers.ts';

export const ORACLE_DIR = new URL('./', import.meta.url).pathname;
export const CONFIG_KEYS = ['Env', 'Cmd', 'Entrypoint', 'WorkingDir', 'ExposedPorts', 'Volumes', 'Labels', 'User', 'StopSignal', 'OnBuild', 'Shell'] as const;

/** What we compare: config fields and path listings. */
export interface OracleRecord {
  config: Record<string, unknown>;
  files: Record<string, string>;
}

/** A case directory as a context tree (real modes). */
export function contextFromDisk(dir: string): DirNode {
  const fs = Vfs.empty({ clock: () => 1_700_000_000_000 });
  const walk = (rel: string) => {
    for (const name of readdirSync(join(dir, rel))) {
      const path = rel ? `${rel}/${name}` : name;
      const st = statSync(join(dir, path));
      if (st.isDirectory()) {
        fs.mkdir(`/${path}`, { mode: st.mode & 0o777 });
        walk(path);
      } else if (name !== 'bud-flags') fs.writeFile(`/${path}`, readFileSync(join(dir, path)), { mode: st.mode & 0o777 });
    }
  };
  walk('');
  return fs.root;
}

/** Builds a case here and records it like record.sh. */
export async function recordOurs(name: string, paths: string[]): Promise<OracleRecord> {
  const engine = buildEngine();
  const dir = join(ORACLE_DIR, 'cases', name);
  const r = await build(engine, {}, { context: contextFromDisk(dir), dockerfile: readFileSync(join(dir, 'Dockerfile'), 'utf8'), secrets: budSecrets(dir) });
  if (r.error) throw r.error;
  const cfg = engine.store.config(r.result!.imageId).config as Record<string, unknown>;
  const config: Record<string, unknown> = {};
  for (const key of CONFIG_KEYS) config[key] = cfg[key] ?? null;
  const fs = new Vfs(imageRootfs(engine.store, r.result!.imageId));
  const files: Record<string, string> = {};
  for (const p of paths) files[p] = listing(fs, p);
  return { config, files };
}

// The `--secret id=…,src=…` flags of a case's bud-flags file, read as the CLI would.
function budSecrets(dir: string): Map<string, Uint8Array> {
  const secrets = new Map<string, Uint8Array>();
  if (!existsSync(join(dir, 'bud-flags'))) return secrets;
  for (const m of readFileSync(join(dir, 'bud-flags'), 'utf8').matchAll(/--secret id=([^,\s]+),src=(\S+)/g)) secrets.set(m[1], readFileSync(join(dir, m[2])));
  return secrets;
}

function listing(fs: Vfs, p: string): string {
  if (!fs.exists(p)) return 'MISSING';
  const node = fs.stat(p);
  const meta = (n: { mode: number; uid: number; gid: number }) => `${n.mode.toString(8)} ${n.uid}:${n.gid}`;
  if (node.type !== 'dir') return `${meta(node)}\n${fs.readText(p).replace(/\n+$/, '')}`;
  const lines: string[] = [];
  const walk = (rel: string) => {
    const n = fs.lstat(rel === '.' ? p : `${p}/${rel.slice(2)}`);
    lines.push(`${rel} ${meta(n)}`);
    if (n.type === 'dir') for (const c of [...n.children.keys()]) walk(`${rel}/${c}`);
  };
  walk('.');
  return lines.sort().join('\n');
}

/**
 * Documented differences (../shared/oracle/README.md): buildah adds an `io.buildah.version` label; its
 * alpine stand-in has no WorkingDir where the seeded alpine has `/`; empty and absent fields are equal.
 */
export function normalize(record: OracleRecord): OracleRecord {
  const config: Record<string, unknown> = {};
  for (const key of CONFIG_KEYS) {
    let v = record.config[key];
    if (key === 'Labels' && v && typeof v === 'object') {
      v = Object.fromEntries(Object.entries(v as Record<string, string>).filter(([k]) => k !== 'io.buildah.version'));
    }
    if (key === 'WorkingDir' && v === '/') v = '';
    const empty = v === null || v === undefined || v === '' || (Array.isArray(v) && v.length === 0) || (typeof v === 'object' && v !== null && Object.keys(v).length === 0);
    config[key] = empty ? null : v;
  }
  return { config, files: record.files };
}
