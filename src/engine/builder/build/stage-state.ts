// The state a stage carries from one instruction to the next: its root filesystem, the image config
// and history it is writing, the layers so far, its cache key, and the ARGs in scope.
import type { ImageConfig } from '../../api/images.ts';
import type { HistoryEntry } from '../../model/image-config.ts';
import { buildEnvs } from '../shell-lex/env.ts';

/** A layer of the image being built: base layers keep their tar in the base image, new ones here. */
export interface StageLayer {
  diffId: string;
  size: number;
  tar: () => Uint8Array;
}

/** One stage being built. */
export interface StageState {
  index: number;
  /** `AS name` lower-cased, or '' for unnamed stages. */
  name: string;
  config: ImageConfig;
  history: HistoryEntry[];
  layers: StageLayer[];
  /** The cache key of the filesystem state (chained through every layer step). */
  cacheKey: string;
  /** ARGs declared in this stage, in order, with their values (undefined when declared without one). */
  args: Map<string, string | undefined>;
  /** `created` of the newest layer: metadata entries and the image take it, so a cached rebuild keeps its ID. */
  lastCreated: string;
  /** Whether this stage set CMD itself (an ENTRYPOINT then keeps it). */
  cmdSetHere: boolean;
  os: string;
  architecture: string;
  variant?: string;
}

/** The environment words are expanded against: ARGs in scope, overridden by ENV. */
export function expansionEnv(stage: StageState): Map<string, string> {
  const env = new Map<string, string>();
  for (const [k, v] of stage.args) if (v !== undefined) env.set(k, v);
  for (const [k, v] of buildEnvs(stage.config.Env ?? [])) env.set(k, v);
  return env;
}

/** Proxy ARGs are predefined and left out of history (`|N` prefix). */
export const PROXY_ARGS = new Set(['HTTP_PROXY', 'http_proxy', 'HTTPS_PROXY', 'https_proxy', 'FTP_PROXY', 'ftp_proxy', 'NO_PROXY', 'no_proxy', 'ALL_PROXY', 'all_proxy']);

/** The ARGs that a RUN sees as environment (with a value, not shadowed by ENV), as `K=v`. */
export function runArgs(stage: StageState): string[] {
  const envKeys = new Set(buildEnvs(stage.config.Env ?? []).keys());
  const out: string[] = [];
  for (const [k, v] of stage.args) if (v !== undefined && !envKeys.has(k)) out.push(`${k}=${v}`);
  return out;
}

/** Sets `KEY=value` in a config Env list, replacing an earlier value in place. */
export function setEnv(env: string[], key: string, value: string): string[] {
  const out = env.filter((e) => e.slice(0, e.indexOf('=') < 0 ? e.length : e.indexOf('=')) !== key);
  const at = env.findIndex((e) => e.startsWith(`${key}=`) || e === key);
  const entry = `${key}=${value}`;
  if (at < 0) return [...out, entry];
  out.splice(at, 0, entry);
  return out;
}

/** The config in the key order Docker's struct writes, without empty fields. */
export function normalizeConfig(c: ImageConfig): ImageConfig {
  const order: (keyof ImageConfig)[] = ['Hostname', 'Domainname', 'User', 'AttachStdin', 'AttachStdout', 'AttachStderr', 'ExposedPorts', 'Tty', 'OpenStdin', 'StdinOnce', 'Env', 'Cmd', 'Healthcheck', 'ArgsEscaped', 'Image', 'Volumes', 'WorkingDir', 'Entrypoint', 'OnBuild', 'Labels', 'StopSignal', 'Shell'];
  const out: Record<string, unknown> = {};
  for (const key of order) {
    const v = c[key];
    if (v === undefined || v === null || v === '' || v === false) continue;
    if (typeof v === 'object' && !Array.isArray(v) && Object.keys(v).length === 0) continue;
    out[key] = v;
  }
  return out as ImageConfig;
}
