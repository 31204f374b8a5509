// ~/.docker/config.json as the docker CLI keeps it (cli/config/configfile): credentials under `auths`,
// keyed by `https://index.docker.io/v1/` for Docker Hub and by host[:port] for other registries, with
// `auth` = base64("user:password"). Written as Go's json.MarshalIndent with tabs.
import type { ProgramContext } from '../../../kernel/process.ts';
import { decodeBase64, encodeBase64 } from '../../../engine/index.ts';

/** Docker Hub's credentials key. */
export const INDEX_SERVER = 'https://index.docker.io/v1/';

/** A stored login. */
export interface StoredAuth {
  username: string;
  password: string;
}

interface ConfigJson {
  auths?: Record<string, { auth?: string }>;
  [key: string]: unknown;
}

/** The config file's path: $DOCKER_CONFIG/config.json, else ~/.docker/config.json. */
export function configPath(ctx: ProgramContext): string {
  const dir = ctx.env.get('DOCKER_CONFIG') || `${ctx.env.get('HOME') || '/root'}/.docker`;
  return `${dir.replace(/\/+$/, '')}/config.json`;
}

function read(ctx: ProgramContext): ConfigJson {
  const path = configPath(ctx);
  if (!ctx.fs.exists(path)) return {};
  try {
    const parsed = JSON.parse(ctx.fs.readText(path)) as ConfigJson;
    return parsed && typeof parsed === 'object' ? parsed : {};
  } catch {
    return {};
  }
}

function write(ctx: ProgramContext, config: ConfigJson): void {
  const path = configPath(ctx);
  ctx.fs.mkdir(path.slice(0, path.lastIndexOf('/')), { recursive: true, mode: 0o700, uid: 1000, gid: 1000 });
  const { auths, ...rest } = config;
  ctx.fs.writeFile(path, JSON.stringify({ auths: auths ?? {}, ...rest }, null, '\t'), { mode: 0o600, uid: 1000, gid: 1000 });
}

/** The credentials stored for a registry key, if any. */
export function storedAuth(ctx: ProgramContext, key: string): StoredAuth | undefined {
  const entry = read(ctx).auths?.[key];
  const text = entry?.auth ? decodeBase64(entry.auth) : undefined;
  if (!text || !text.includes(':')) return undefined;
  const colon = text.indexOf(':');
  return { username: text.slice(0, colon), password: text.slice(colon + 1) };
}

/** Stores credentials for a registry key. */
export function storeAuth(ctx: ProgramContext, key: string, auth: StoredAuth): void {
  const config = read(ctx);
  config.auths = { ...(config.auths ?? {}), [key]: { auth: encodeBase64(`${auth.username}:${auth.password}`) } };
  write(ctx, config);
}

/** Removes the credentials stored under any of `keys`; leaves the file alone when none were there. */
export function eraseAuth(ctx: ProgramContext, keys: readonly string[]): void {
  const config = read(ctx);
  if (!config.auths || !keys.some((k) => k in config.auths!)) return;
  for (const key of keys) delete config.auths[key];
  write(ctx, config);
}

/** credentials.ConvertToHostname: `https://host:port/path` → `host:port`. */
export function convertToHostname(address: string): string {
  return address.replace(/^[a-z][a-z0-9+.-]*:\/\//i, '').split('/')[0];
}

/** The credentials key for a registry domain (`docker.io` → the Hub's index address). */
export function authKeyForDomain(domain: string): string {
  return domain === 'docker.io' ? INDEX_SERVER : domain;
}
