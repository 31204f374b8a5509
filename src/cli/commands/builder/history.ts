// docker buildx history ls | inspect | logs | rm — buildx v0.24 commands/history/: the records the
// simulated BuildKit keeps, named from their attributes and the client's local state, filtered as
// buildx filters them, and replayed (logs) by the same progress printer a build uses. Errors read
// `ERROR: …`, as buildx prints them.
import type { BuildHistoryRecord, EngineApi } from '../../../engine/index.ts';
import { EngineError, formatPlatform, parsePlatformSpecifier, parseGoDuration } from '../../../engine/index.ts';
import type { CommandHandler } from '../../command-types.ts';
import type { ProgramContext } from '../../../kernel/process.ts';
import { CliError } from '../../daemon-error.ts';
import { FormatError } from '../../../format/context.ts';
import { formatHistoryInspect, formatHistoryList, type HistoryInspect } from '../../../format/builder/history.ts';
import { PlainProgress } from '../../../format/build/plain.ts';
import { TtyProgress } from '../../../format/build/tty.ts';
import { buildName, contextPaths, historyInspectJson, inspectRecord } from './history-record.ts';
import { Template, TemplateError } from '../../../format/go/template/index.ts';
import type { GoRecord } from '../../../format/go/record.ts';
import { readLocalState } from './local-state.ts';
import { buildxError } from './buildx-error.ts';

// ListenBuildHistory's limit in buildx's queries.
const RECORDS_LIMIT = 50;

// The builder named by --builder: the docker driver's `default` is the only one here.
function checkBuilder(name: string): void {
  if (name && name !== 'default') throw new CliError(`no builder "${name}" found`);
}

// queryRecords: the newest RECORDS_LIMIT records that pass `keep` (BuildKit filters, then limits), the
// newest first; `^N` is the Nth before the newest; else the exact ref.
function query(engine: EngineApi, ref: string, keep: (r: BuildHistoryRecord) => boolean = () => true): BuildHistoryRecord[] {
  if (ref && !ref.startsWith('^')) return engine.buildHistoryList().filter((r) => r.ref === ref);
  const records = engine.buildHistoryList().filter(keep).slice(0, RECORDS_LIMIT);
  if (ref.startsWith('^')) {
    const text = ref.slice(1);
    if (!/^[+-]?\d+$/.test(text)) throw new CliError(`invalid offset "${ref}": strconv.Atoi: parsing ${JSON.stringify(text)}: invalid syntax`);
    let offset = Number(text);
    for (const record of records) {
      if (offset > 0) {
        offset--;
        continue;
      }
      return [record];
    }
    if (offset > 0) throw new CliError(`no completed build found with offset ${offset}`);
    return [];
  }
  return records;
}

// The one record a command works on.
function oneRecord(engine: EngineApi, ref: string): BuildHistoryRecord {
  const [record] = query(engine, ref);
  if (record) return record;
  throw new CliError(ref ? `no record found for ref "${ref}"` : 'no records found');
}

/** `docker buildx history ls [--format] [--no-trunc] [--filter] [--local]`. */
export function historyLs(engine: EngineApi): CommandHandler {
  return ({ flags, ctx }) => {
    try {
      checkBuilder(flags.string('builder'));
      if (flags.bool('local')) throw new CliError('could not find git repository for local filter: exec: "git": executable file not found in $PATH');
      const now = ctx.fs.clock();
      const matchers = flags.list('filter').map((f) => historyFilter(f, now));
      const records = query(engine, '', (r) => matchers.every((match) => match(r)));
      const rows = records.map((r) => ({ ...r, name: buildName(r.frontendAttrs, readLocalState(ctx, r.ref)) }));
      ctx.stdout.write(formatHistoryList(rows, { format: flags.string('format') || 'table', noTrunc: flags.bool('no-trunc'), isTerm: ctx.isTty, now }));
      return 0;
    } catch (error) {
      return buildxError(ctx, error instanceof FormatError ? new CliError(error.message) : error);
    }
  };
}

/** `docker buildx history inspect [--format pretty|json|TEMPLATE] [REF]`. */
export function historyInspect(engine: EngineApi): CommandHandler {
  return ({ args, flags, ctx }) => {
    try {
      checkBuilder(flags.string('builder'));
      const ref = args[0] ?? '';
      const record = oneRecord(engine, ref);
      const out = inspectOutput(ctx, record);
      const format = flags.string('format') || 'pretty';
      if (format === 'pretty') ctx.stdout.write(formatHistoryInspect(out, ref === ''));
      else if (format === 'json') ctx.stdout.write(historyInspectJson(inspectRecord(out, record)));
      else ctx.stdout.write(`${inspectTemplate(format, inspectRecord(out, record))}\n`);
      return 0;
    } catch (error) {
      return buildxError(ctx, error);
    }
  };
}

/** `docker buildx history logs [--progress plain|tty|rawjson] [REF]`: the build's progress again, on stderr. */
export function historyLogs(engine: EngineApi): CommandHandler {
  return ({ args, flags, ctx }) => {
    try {
      checkBuilder(flags.string('builder'));
      const mode = flags.string('progress') || 'plain';
      if (!['auto', 'plain', 'tty', 'rawjson'].includes(mode)) throw new CliError(`invalid progress mode ${mode}`);
      const record = oneRecord(engine, args[0] ?? '');
      // buildx's printer without a description: no `#0 building with …` line (a replay, not a build).
      const display = mode === 'tty' ? new TtyProgress(ctx.stderr, ctx.columns, () => ctx.fs.clock()) : new PlainProgress(ctx.stderr, null);
      for (const event of record.events) display.show(event);
      display.finish();
      return 0;
    } catch (error) {
      return buildxError(ctx, error);
    }
  };
}

/** `docker buildx history rm [--all] [REF...]`. */
export function historyRm(engine: EngineApi): CommandHandler {
  return ({ args, flags, ctx }) => {
    try {
      checkBuilder(flags.string('builder'));
      const all = flags.bool('all');
      if (args.length === 0 && !all) throw new CliError('rm requires at least one argument');
      if (args.length > 0 && all) throw new CliError('rm requires either --all or at least one argument');
      // --all removes the completed records; a ref named alone is removed whatever its state.
      const refs = all ? engine.buildHistoryList().filter((r) => r.completedAt !== undefined).map((r) => r.ref) : args;
      const errors: string[] = [];
      for (const ref of refs) {
        try {
          engine.buildHistoryRemove(ref);
        } catch (error) {
          if (!(error instanceof EngineError)) throw error;
          errors.push(error.message);
        }
      }
      // go-multierror's text for more than one failure.
      if (errors.length === 1) throw new CliError(errors[0]);
      if (errors.length > 1) throw new CliError(`${errors.length} errors occurred:\n${errors.map((e) => `\t* ${e}`).join('\n')}\n\n`);
      return 0;
    } catch (error) {
      return buildxError(ctx, error);
    }
  };
}

// What inspect shows of a record, read as buildx reads the attributes.
function inspectOutput(ctx: ProgramContext, record: BuildHistoryRecord): HistoryInspect {
  const attrs = { ...record.frontendAttrs };
  delete attrs['frontend.caps'];
  const state = readLocalState(ctx, record.ref);
  const { context, dockerfile } = contextPaths(attrs, state, ctx.cwd);
  const take = (key: string): string | undefined => {
    const value = attrs[key];
    delete attrs[key];
    return value;
  };
  const name = buildName(record.frontendAttrs, state);
  const target = take('target') ?? '';
  const platform = take('platform');
  const platforms = platform === undefined ? [] : platform.split(',').map(normalizePlatform);
  take('build-arg:BUILDKIT_CONTEXT_KEEP_GIT_DIR');
  const pairs = (prefix: string) => Object.entries(attrs).filter(([k]) => k.startsWith(prefix)).map(([k, v]) => [k.slice(prefix.length), v] as [string, string]).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const buildArgs = pairs('build-arg:');
  const labels = pairs('label:');
  const config: [string, string][] = [];
  const line = (key: string, label: string, show: (v: string) => string | undefined = (v) => v || undefined) => {
    const value = take(key);
    const shown = value === undefined ? undefined : show(value);
    if (shown !== undefined) config.push([label, shown]);
  };
  line('force-network-mode', 'Network');
  line('hostname', 'Hostname');
  line('add-hosts', 'Extra Hosts', (v) => v.split(',').join(', ') || undefined);
  line('cgroup-parent', 'Cgroup Parent');
  line('image-resolve-mode', 'Image Resolve Mode');
  const multi = [take('build-arg:BUILDKIT_MULTI_PLATFORM'), take('multi-platform')].some((v) => v !== undefined && /^(1|t|T|TRUE|true|True)$/.test(v));
  if (multi) config.push(['Multi-Platform', 'true']);
  // buildx reads no-cache twice, the second time after the first removed it: the filter never shows.
  line('no-cache', 'No Cache', (v) => (v === '' ? 'true' : undefined));
  line('shm-size', 'Shm Size');
  line('ulimit', 'Resource Limits');
  line('build-arg:BUILDKIT_CACHE_MOUNT_NS', 'Cache Mount Namespace');
  line('build-arg:BUILDKIT_DOCKERFILE_CHECK', 'Dockerfile Check Config');
  line('build-arg:SOURCE_DATE_EPOCH', 'Source Date Epoch');
  line('build-arg:SANDBOX_HOSTNAME', 'Sandbox Hostname');
  const rest = Object.entries(attrs).filter(([k]) => !/^(vcs|build-arg|label|context|attest):/.test(k) && k !== 'filename' && k !== 'context');
  for (const [k, v] of rest.sort(([a], [b]) => (a < b ? -1 : 1))) config.push([k, v]);
  const end = record.completedAt ?? ctx.fs.clock();
  const status = record.completedAt === undefined ? 'running' : record.error ? (record.error.code === 1 ? 'canceled' : 'failed') : 'completed';
  return {
    name,
    ref: record.ref,
    context,
    dockerfile,
    target,
    platforms,
    startedAt: record.createdAt,
    durationMs: end - record.createdAt,
    status,
    ...(record.error ? { error: record.error, failure: failure(record) } : {}),
    numCompletedSteps: record.numCompletedSteps,
    numTotalSteps: record.numTotalSteps,
    numCachedSteps: record.numCachedSteps,
    buildArgs,
    labels,
    config,
  };
}

// The failed step of a failed build, as BuildKit's external error has it: the vertex and its last 16
// log lines (loadVertexLogs), and where in the Dockerfile it failed.
function failure(record: BuildHistoryRecord): NonNullable<HistoryInspect['failure']> {
  const failed = record.events.findLast((e) => e.type === 'error');
  if (!failed) return { logs: [], ...(record.error?.location ? { location: record.error.location } : {}) };
  const start = record.events.find((e) => e.type === 'start' && e.vertex === failed.vertex);
  const logs = record.events.flatMap((e) => (e.type === 'log' && e.vertex === failed.vertex && e.text !== '' ? [e.text] : [])).slice(-16);
  return { vertex: start?.type === 'start' ? start.name : '', logs, ...(record.error?.location ? { location: record.error.location } : {}) };
}

// A plain text/template (no docker functions), named `inspect`, over inspectOutput.
function inspectTemplate(format: string, record: GoRecord): string {
  let template: Template;
  try {
    template = Template.parse(format, {}, 'inspect');
  } catch (error) {
    if (error instanceof TemplateError) throw new CliError(`failed to parse format template: ${error.message}`);
    throw error;
  }
  try {
    return template.execute(record);
  } catch (error) {
    if (error instanceof TemplateError) throw new CliError(`failed to execute format template: ${error.message}`);
    throw error;
  }
}

// platforms.Parse + Normalize + FormatAll (arm means arm/v7; arm64/v8 is arm64); a value that does not
// parse is shown as given, as tryParseValue keeps it.
function normalizePlatform(value: string): string {
  try {
    const p = parsePlatformSpecifier(value);
    if (p.architecture === 'arm' && !p.variant) p.variant = 'v7';
    if (p.architecture === 'arm64' && p.variant === 'v8') delete p.variant;
    return formatPlatform(p);
  } catch {
    return value;
  }
}

// dockerFiltersToBuildkit's local matchers: ref, repository and status with = or !=; startedAt,
// completedAt and duration with <, <=, > or >= (a Go duration back from now, or an RFC 3339 time).
function historyFilter(filter: string, now: number): (r: BuildHistoryRecord) => boolean {
  const m = /^(.*?)(!=|<=|>=|=|<|>)(.*)$/s.exec(filter);
  if (!m) throw new CliError(`invalid filter ${JSON.stringify(filter)}`);
  const [, key, sep, value] = m;
  if (key === 'ref' || key === 'repository' || key === 'status') {
    if (sep !== '=' && sep !== '!=') throw new CliError(`invalid separator for ${JSON.stringify(filter)}, expected = or !=`);
    return (r) => {
      const have = key === 'ref' ? r.ref : key === 'status' ? recordStatus(r) : (r.frontendAttrs['vcs:source'] ?? '');
      if (sep === '!=') return have !== value;
      return key === 'status' ? have === value : have.includes(value);
    };
  }
  if (key === 'startedAt' || key === 'completedAt' || key === 'duration') {
    if (sep === '=' || sep === '!=') throw new CliError(`invalid separator for ${JSON.stringify(filter)}, expected <=, <, >= or >`);
    const bound = filterBound(key, value, now);
    return (r) => {
      const have = key === 'startedAt' ? Math.floor(r.createdAt / 1000) : r.completedAt === undefined ? 0 : key === 'completedAt' ? Math.floor(r.completedAt / 1000) : (r.completedAt - r.createdAt) * 1e6;
      return sep === '>=' ? have >= bound : sep === '<=' ? have <= bound : sep === '>' ? have > bound : have < bound;
    };
  }
  throw new CliError(`unsupported filter ${JSON.stringify(filter)}`);
}

// Seconds since the epoch for the time filters, nanoseconds for duration.
function filterBound(key: string, value: string, now: number): number {
  if (key === 'duration') {
    try {
      return parseGoDuration(value);
    } catch {
      throw new CliError(`invalid duration ${value}`);
    }
  }
  try {
    return Math.floor((now - parseGoDuration(value) / 1e6) / 1000);
  } catch {
    const time = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$/.test(value) ? Date.parse(value) : NaN;
    if (Number.isNaN(time)) throw new CliError(`invalid time ${value}`);
    return Math.floor(time / 1000);
  }
}

// The status a filter compares: running, completed, error, or canceled.
function recordStatus(r: BuildHistoryRecord): string {
  if (r.completedAt === undefined) return 'running';
  if (!r.error) return 'completed';
  return r.error.message.includes('context canceled') ? 'canceled' : 'error';
}
