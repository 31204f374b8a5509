// How buildx reads a build record on the client (commands/history/utils.go buildName, inspect.go):
// the build's name and its context and Dockerfile paths from the local state and the attributes, and
// inspect's JSON (json.Encoder with two-space indent, HTML-escaped, fields in inspectOutput's order).
import type { BuildHistoryRecord } from '../../../engine/index.ts';
import { rfc3339, type HistoryInspect } from '../../../format/builder/history.ts';
import { encodeGoJson, goIndent, GoRecord } from '../../../format/go/record.ts';
import { goTimeText } from '../../../format/image/inspect.ts';
import type { LocalState } from './local-state.ts';

const basename = (p: string) => p.slice(p.lastIndexOf('/') + 1);

/** buildName: the target, context or Dockerfile a build is known by (`demo`, `app/Dockerfile.dev`, `demo (builder)`). */
export function buildName(attrs: Readonly<Record<string, string>>, state: LocalState | undefined): string {
  const target = attrs.target ?? '';
  let contextPath = attrs.context ?? (attrs['vcs:localdir:context'] && attrs['vcs:localdir:context'] !== '.' ? attrs['vcs:localdir:context'] : '');
  const vcsSource = attrs['vcs:source'] ?? '';
  let dockerfilePath = attrs.filename && attrs.filename !== 'Dockerfile' ? attrs.filename : '';
  const dfDir = attrs['vcs:localdir:dockerfile'];
  if (dfDir && dfDir !== '.') dockerfilePath = `${dfDir}/${dockerfilePath}`.replace(/\/+$/, '');
  let localPath = '';
  if (state && !/^[a-z]+:\/\//.test(state.LocalPath)) {
    if (state.LocalPath && state.LocalPath !== '-') localPath = state.LocalPath;
    if (state.DockerfilePath && state.DockerfilePath !== '-' && state.DockerfilePath !== 'Dockerfile') dockerfilePath = state.DockerfilePath;
  }
  const hasDefaultFileName = dockerfilePath.endsWith('/Dockerfile') || dockerfilePath === '';
  if (dockerfilePath.endsWith('/Dockerfile')) dockerfilePath = dockerfilePath.slice(0, -'/Dockerfile'.length);
  let res = '';
  if (dockerfilePath.startsWith(localPath) && dockerfilePath.length > localPath.length) {
    res = dockerfilePath.slice(localPath.lastIndexOf('/') + 1);
  } else {
    const bpath = dockerfilePath || localPath;
    if (bpath) {
      const last = bpath.lastIndexOf('/');
      res = bpath.slice(last + 1);
      if (!hasDefaultFileName) {
        // filepath.Join(filepath.Base(dir), res): Base('') is '.', which Join drops; Base('/') is '/'.
        const dir = last !== -1 ? bpath.slice(0, last) : bpath;
        const base = dir === '' ? '.' : /^\/+$/.test(dir) ? '/' : basename(dir.replace(/\/+$/, ''));
        res = base === '.' ? res : base === '/' ? `/${res}` : `${base}/${res}`;
      }
    }
  }
  contextPath = contextPath.replace(/\\/g, '/');
  if (contextPath) res = contextPath;
  if (target) res = res ? `${res} (${target})` : target;
  if (!res && vcsSource) return vcsSource;
  return res;
}

// filepath.Rel for absolute, clean paths: `target` as seen from `base`.
function relative(base: string, target: string): string {
  const from = base.split('/').filter(Boolean);
  const to = target.split('/').filter(Boolean);
  let i = 0;
  while (i < from.length && i < to.length && from[i] === to[i]) i++;
  const up = from.slice(i).map(() => '..');
  return [...up, ...to.slice(i)].join('/') || '.';
}

/** inspect's Context and Dockerfile: the local state's paths, relative to the directory the command
 *  runs in (context) and to the context (Dockerfile) unless outside them; else the attributes. */
export function contextPaths(attrs: Record<string, string>, state: LocalState | undefined, cwd: string): { context: string; dockerfile: string } {
  let context = '';
  let dockerfile = '';
  if (state) {
    context = state.LocalPath;
    dockerfile = state.DockerfilePath;
    const inside = (rel: string) => !rel.startsWith('../') && rel !== '..';
    if (dockerfile && dockerfile !== '-' && context.startsWith('/') && dockerfile.startsWith('/')) {
      const rel = relative(context, dockerfile);
      if (inside(rel)) dockerfile = rel;
    }
    if (context.startsWith('/')) {
      const rel = relative(cwd, context);
      if (inside(rel)) context = rel;
    }
  }
  if (attrs.context !== undefined && !context) {
    context = attrs.context;
    delete attrs.context;
  }
  if (!dockerfile && attrs.filename !== undefined) {
    dockerfile = attrs.filename;
    if (attrs['vcs:localdir:dockerfile']) dockerfile = `${attrs['vcs:localdir:dockerfile']}/${dockerfile}`;
  }
  delete attrs.filename;
  return { context, dockerfile };
}

const pairs = (kv: [string, string][]) => kv.map(([Name, Value]) => new GoRecord('history.keyValueOutput', [{ go: 'Name', value: Name, omitEmpty: true }, { go: 'Value', value: Value, omitEmpty: true }], 'value'));

// configOutput's fields, from the pretty block's labels.
const CONFIG_FIELDS: [string, string][] = [['Network', 'Network'], ['Extra Hosts', 'ExtraHosts'], ['Hostname', 'Hostname'], ['Cgroup Parent', 'CgroupParent'], ['Image Resolve Mode', 'ImageResolveMode'], ['Multi-Platform', 'MultiPlatform'], ['No Cache', 'NoCache'], ['Shm Size', 'ShmSize'], ['Resource Limits', 'Ulimit'], ['Cache Mount Namespace', 'CacheMountNS'], ['Dockerfile Check Config', 'DockerfileCheckConfig'], ['Source Date Epoch', 'SourceDateEpoch'], ['Sandbox Hostname', 'SandboxHostname']];

// time.Duration's String(): `270ms`, `1.5s`, `2m3.25s`, `1h0m0s` (from nanoseconds).
function goDuration(ns: number): string {
  if (ns === 0) return '0s';
  const sign = ns < 0 ? '-' : '';
  let n = Math.abs(Math.round(ns));
  const trim = (whole: number, frac: number, digits: number) => `${whole}${frac ? `.${String(frac).padStart(digits, '0').replace(/0+$/, '')}` : ''}`;
  if (n < 1e3) return `${sign}${n}ns`;
  if (n < 1e6) return `${sign}${trim(Math.floor(n / 1e3), n % 1e3, 3)}µs`;
  if (n < 1e9) return `${sign}${trim(Math.floor(n / 1e6), n % 1e6, 6)}ms`;
  const h = Math.floor(n / 3.6e12);
  n -= h * 3.6e12;
  const m = Math.floor(n / 6e10);
  n -= m * 6e10;
  const s = `${trim(Math.floor(n / 1e9), n % 1e9, 9)}s`;
  return `${sign}${h ? `${h}h${m}m` : m ? `${m}m` : ''}${s}`;
}

/** buildx's inspectOutput as a Go struct: what `--format json` encodes and a `--format` template reads. */
export function inspectRecord(out: HistoryInspect, record: BuildHistoryRecord): GoRecord {
  const config = new Map(out.config);
  const known = new Set(CONFIG_FIELDS.map(([label]) => label));
  const configRecord = new GoRecord('history.configOutput', [
    ...['Network', 'ExtraHosts', 'Hostname', 'CgroupParent', 'ImageResolveMode', 'MultiPlatform', 'NoCache', 'NoCacheFilter', 'ShmSize', 'Ulimit', 'CacheMountNS', 'DockerfileCheckConfig', 'SourceDateEpoch', 'SandboxHostname'].map((go) => {
      const label = CONFIG_FIELDS.find(([, field]) => field === go)?.[0];
      const text = label ? config.get(label) : undefined;
      const value = go === 'MultiPlatform' || go === 'NoCache' ? text === 'true' : go === 'ExtraHosts' ? (text ? text.split(', ') : []) : go === 'NoCacheFilter' ? [] : (text ?? '');
      return { go, value, omitEmpty: true };
    }),
    { go: 'RestRaw', value: pairs(out.config.filter(([label]) => !known.has(label))), omitEmpty: true },
  ], 'value');
  const error = record.error ? new GoRecord('history.errorOutput', [{ go: 'Code', value: record.error.code, omitEmpty: true }, { go: 'Message', value: record.error.message, omitEmpty: true }]) : undefined;
  return new GoRecord('history.inspectOutput', [
    { go: 'Name', value: out.name, omitEmpty: true },
    { go: 'Ref', value: out.ref },
    { go: 'Context', value: out.context, omitEmpty: true },
    { go: 'Dockerfile', value: out.dockerfile, omitEmpty: true },
    { go: 'Target', value: out.target, omitEmpty: true },
    { go: 'Platform', value: out.platforms, omitEmpty: true },
    { go: 'StartedAt', value: goTimeText(rfc3339(out.startedAt)), jsonValue: rfc3339(out.startedAt) },
    ...(record.completedAt !== undefined ? [{ go: 'CompletedAt', value: goTimeText(rfc3339(record.completedAt)), jsonValue: rfc3339(record.completedAt) }] : []),
    { go: 'Duration', value: goDuration(out.durationMs * 1e6), jsonValue: Math.round(out.durationMs * 1e6), omitEmpty: true },
    { go: 'Status', value: out.status, omitEmpty: true },
    ...(error ? [{ go: 'Error', value: error }] : []),
    { go: 'NumCompletedSteps', value: out.numCompletedSteps },
    { go: 'NumTotalSteps', value: out.numTotalSteps },
    { go: 'NumCachedSteps', value: out.numCachedSteps },
    { go: 'BuildArgs', value: pairs(out.buildArgs), omitEmpty: true },
    { go: 'Labels', value: pairs(out.labels), omitEmpty: true },
    { go: 'Config', value: configRecord },
  ]);
}

/** `history inspect --format json`: json.Encoder, two-space indent, <, > and & escaped (they appear
 *  nowhere but in strings in JSON text). */
export function historyInspectJson(record: GoRecord): string {
  const escaped = encodeGoJson(record).replace(/[<>&]/g, (c) => `\\u00${c.charCodeAt(0).toString(16)}`);
  return `${goIndent(escaped, '  ')}\n`;
}
