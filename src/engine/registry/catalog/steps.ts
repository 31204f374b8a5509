// Helpers that write history steps the way BuildKit records them in an image config, so recipes read
// like the Dockerfile they stand for: `ENV NGINX_VERSION=1.27.4`, `EXPOSE map[80/tcp:{}]`, `RUN /bin/sh -c … # buildkit`.
import type { EmptyHistory, LayerRecipe } from './types.ts';
import { TreeBuilder, epoch } from './files.ts';

/** The comment BuildKit puts on every history entry of a Dockerfile build. */
export const BUILDKIT = 'buildkit.dockerfile.v0';

/** The PATH every Linux image starts with. */
export const DEFAULT_PATH = 'PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';

/** A step that made no layer, written as BuildKit writes it (`ENV A=b`, `STOPSIGNAL SIGQUIT`). */
export function meta(createdBy: string, created?: string): EmptyHistory {
  return created ? { createdBy, comment: BUILDKIT, created } : { createdBy, comment: BUILDKIT };
}

/** `ENV KEY=value` history entries, one per variable, as BuildKit records an ENV instruction. */
export function env(...pairs: string[]): EmptyHistory[] {
  return pairs.map((pair) => meta(`ENV ${pair}`));
}

/** JSON-form arguments as BuildKit prints them in history (Go's %q of a slice): `["nginx" "-g" "daemon off;"]`. */
export function quoted(args: string[]): string {
  return `[${args.map((a) => JSON.stringify(a)).join(' ')}]`;
}

/** `CMD ["…" …]` with no layer. */
export function cmd(args: string[]): EmptyHistory {
  return meta(`CMD ${quoted(args)}`);
}

/** `ENTRYPOINT ["…" …]` with no layer. */
export function entrypoint(args: string[]): EmptyHistory {
  return meta(`ENTRYPOINT ${quoted(args)}`);
}

/** `EXPOSE map[80/tcp:{}]`: BuildKit prints the port set as a Go map. */
export function expose(...ports: string[]): EmptyHistory {
  return meta(`EXPOSE map[${[...ports].sort().map((p) => `${p.includes('/') ? p : p + '/tcp'}:{}`).join(' ')}]`);
}

/** `VOLUME [/data]`. */
export function volume(...paths: string[]): EmptyHistory {
  return meta(`VOLUME [${paths.join(' ')}]`);
}

/** The Config.ExposedPorts / Config.Volumes object for a list of keys. */
export function keySet(...keys: string[]): Record<string, Record<string, never>> {
  return Object.fromEntries(keys.map((k) => [k, {}]));
}

/** How to build one layer: a tree built at `created`, topped up to `bytes` when given. */
export interface LayerSpec {
  createdBy: string;
  created: string;
  ratio: number;
  build: (t: TreeBuilder) => void;
}

/** A layer step from a tree-building function; `createdBy` is the full history text. */
export function layer({ createdBy, created, ratio, build }: LayerSpec): LayerRecipe {
  const t = new TreeBuilder(epoch(created));
  build(t);
  return { files: t.entries, compressRatio: ratio, createdBy, comment: BUILDKIT, created };
}

/** `RUN /bin/sh -c <script> # buildkit`: a Dockerfile RUN with its line continuations joined, as history shows it. */
export function runText(script: string): string {
  return `RUN /bin/sh -c ${script} # buildkit`;
}

/** Memoises a per-platform builder so images that share a base share the very same layer objects. */
export function perPlatform<T>(build: (platform: string) => T): (platform: string) => T {
  const cache = new Map<string, T>();
  return (platform) => {
    let value = cache.get(platform);
    if (value === undefined) {
      value = build(platform);
      cache.set(platform, value);
    }
    return value;
  };
}
