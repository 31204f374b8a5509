// The environment a Dockerfile word is expanded against (`KEY=value` lists, as in ENV and build args).

/** BuildEnvs: `KEY=value` entries to a map; a bare `KEY` maps to ""; later entries win. */
export function buildEnvs(env: readonly string[]): Map<string, string> {
  const envs = new Map<string, string>();
  for (const entry of env) {
    const i = entry.indexOf('=');
    if (i < 0) envs.set(entry, '');
    else envs.set(entry.slice(0, i), entry.slice(i + 1));
  }
  return envs;
}

/** Any accepted environment shape, as a map. */
export type EnvInput = readonly string[] | ReadonlyMap<string, string> | Readonly<Record<string, string>>;

/** Normalises an environment given as a list, a Map or a plain object. */
export function toEnvMap(env: EnvInput): ReadonlyMap<string, string> {
  if (Array.isArray(env)) return buildEnvs(env as readonly string[]);
  if (env instanceof Map) return env;
  return new Map(Object.entries(env as Record<string, string>));
}
