// `docker buildx history ls` and `inspect` text — buildx v0.24 commands/history/ls.go and inspect.go:
// the records table through docker's formatter (newest first, running builds on top), its JSON lines,
// and inspect's blocks (where and what was built, when and how it ended, its config, build args and
// labels) padded with tabs as buildx's tabwriter does.
import { writeContext, isTableFormat } from '../context.ts';
import { GoFloat, GoStruct, sprintf } from '../go/template/index.ts';
import { tabwrite, type TabwriterOptions } from '../tabwriter.ts';
import { humanDuration } from '../units.ts';
import { formatExcerpt } from '../build/summary.ts';
import type { SourceLocation } from '../../engine/index.ts';

/** A build record with what the client adds: its name (from the attrs and the local state). */
export interface HistoryRow {
  ref: string;
  name: string;
  createdAt: number;
  completedAt?: number;
  error?: { code: number; message: string };
  numTotalSteps: number;
  numCompletedSteps: number;
  numCachedSteps: number;
}

const LS_TABLE = 'table {{.BuildID}}\t{{.Name}}\t{{.Status}}\t{{.Created}}\t{{.Duration}}\t{{.Link}}';
const LS_HEADER = { BuildID: 'BUILD ID', Name: 'NAME', Status: 'STATUS', Created: 'CREATED AT', Duration: 'DURATION', Link: '' };
// tabwriter.NewWriter(out, 1, 8, 1, '\t', 0)
const TABS: TabwriterOptions = { minWidth: 1, padding: 1, padChar: '\t', tabWidth: 8 };
// The builder and node of the docker driver, in a record's full ref and its Desktop link.
const NODE = 'default/default';

/** formatDuration: `1.2s` under a minute, else `3m 5s` (seconds padded to two). */
export function formatBuildDuration(ms: number): string {
  // Go's %.1f rounds an exact tie to even (0.25 → 0.2).
  if (ms < 60_000) return sprintf('%.1fs', [new GoFloat(ms / 1000)]);
  return `${Math.floor(ms / 60_000)}m ${String(Math.floor(ms / 1000) % 60).padStart(2)}s`;
}

/** Go's time.Format(time.RFC3339Nano) of a UTC time, as its JSON has it: trailing zeros of the fraction dropped. */
export function rfc3339(ms: number): string {
  return new Date(ms).toISOString().replace(/\.?0+Z$/, 'Z');
}

/** The status `ls` shows. */
function status(row: HistoryRow): string {
  if (row.completedAt === undefined) return 'Running';
  return row.error ? 'Error' : 'Completed';
}

// trimBeginning: a name longer than n keeps its end, after `..`.
function trimBeginning(s: string, n: number): string {
  return s.length <= n ? s : `..${s.slice(s.length - n + 2)}`;
}

/** `docker buildx history ls`: the table (or `--format`), running builds first, then the newest. */
export function formatHistoryList(rows: readonly HistoryRow[], options: { format: string; noTrunc: boolean; isTerm: boolean; now: number }): string {
  const format = options.format === 'table' ? LS_TABLE : options.format;
  const table = isTableFormat(format);
  const sorted = [...rows].sort((a, b) => {
    if ((a.completedAt === undefined) !== (b.completedAt === undefined)) return a.completedAt === undefined ? -1 : 1;
    return b.createdAt - a.createdAt;
  });
  const structs = sorted.map((row) => {
    const link = `docker-desktop://dashboard/build/${NODE}/${row.ref}`;
    const end = row.completedAt ?? options.now;
    const methods = {
      BuildID: () => row.ref,
      FullRef: () => `${NODE}/${row.ref}`,
      Name: () => (!options.noTrunc && table ? trimBeginning(row.name, 36) : row.name),
      Status: () => status(row),
      Created: () => `${humanDuration((options.now - row.createdAt) / 1000)} ago`,
      Duration: () => formatBuildDuration(end - row.createdAt) + (row.completedAt === undefined ? '+' : ''),
      // A link that opens the build in Docker Desktop: "Open" on a terminal, the URL in a template.
      Link: () => (table ? (options.isTerm ? `\u001b]8;;${link}\u001b\\Open\u001b]8;;\u001b\\` : '') : link),
    };
    const marshal = () => ({
      cached_steps: row.numCachedSteps,
      ...(row.completedAt !== undefined ? { completed_at: rfc3339(row.completedAt) } : {}),
      completed_steps: row.numCompletedSteps,
      created_at: rfc3339(row.createdAt),
      name: row.name,
      ref: `${NODE}/${row.ref}`,
      status: status(row),
      total_steps: row.numTotalSteps,
    });
    return new GoStruct('lsContext', methods, marshal);
  });
  return writeContext(format, structs, LS_HEADER);
}

/** What `history inspect` shows of a record (buildx's inspectOutput, the parts a workbook build has). */
export interface HistoryInspect {
  name: string;
  ref: string;
  context: string;
  dockerfile: string;
  target: string;
  platforms: string[];
  startedAt: number;
  durationMs: number;
  status: 'completed' | 'running' | 'failed' | 'canceled';
  error?: { code: number; message: string };
  /** A failed build's failed step: its vertex, last log lines and place in the Dockerfile. */
  failure?: { vertex?: string; logs: string[]; location?: SourceLocation };
  numCompletedSteps: number;
  numTotalSteps: number;
  numCachedSteps: number;
  buildArgs: [string, string][];
  labels: [string, string][];
  /** The config block's lines, in buildx's order (`Image Resolve Mode`, `No Cache` …). */
  config: [string, string][];
}

// gRPC codes by number, as codes.Code.String() names them.
const CODES = ['OK', 'Canceled', 'Unknown', 'InvalidArgument', 'DeadlineExceeded', 'NotFound', 'AlreadyExists', 'PermissionDenied', 'ResourceExhausted', 'FailedPrecondition', 'Aborted', 'OutOfRange', 'Unimplemented', 'Internal', 'Unavailable', 'DataLoss', 'Unauthenticated'];

// Go's time.Format("2006-01-02 15:04:05") of a time in the local zone (the learner's machine runs in UTC).
function started(ms: number): string {
  return new Date(ms).toISOString().slice(0, 19).replace('T', ' ');
}

// printTable: a NAME/VALUE table under its upper-cased title, then a blank line; nothing when empty.
function kvTable(pairs: readonly [string, string][], title: string): string {
  if (pairs.length === 0) return '';
  return `${tabwrite(`${title.toUpperCase()}\tVALUE\n${pairs.map(([k, v]) => `${k}\t${v}\n`).join('')}`, TABS)}\n`;
}

const block = (lines: [string, string][]) => tabwrite(lines.map(([k, v]) => `${k}:\t${v}\n`).join(''), TABS);

// The error's sources (the Dockerfile excerpt), the failed step's logs, and the stack trace hint.
function errorDetail(failure: HistoryInspect['failure']): string {
  let out = failure?.location ? `${formatExcerpt(failure.location)}\n` : '';
  if (failure && failure.logs.length > 0) out += `Logs:\n> => ${failure.vertex ?? ''}:\n${failure.logs.map((l) => `> ${l}\n`).join('')}\n`;
  return `${out}Enable --debug to see stack traces for error\n`;
}

/** `docker buildx history inspect [REF]` in its pretty form; `withRef`: no REF was given, so the record's ref is shown. */
export function formatHistoryInspect(out: HistoryInspect, withRef: boolean): string {
  const head: [string, string][] = [];
  if (out.name) head.push(['Name', out.name]);
  if (withRef) head.push(['Ref', out.ref]);
  if (out.context) head.push(['Context', out.context]);
  if (out.dockerfile) head.push(['Dockerfile', out.dockerfile]);
  if (out.target) head.push(['Target', out.target]);
  if (out.platforms.length > 0) head.push(['Platforms', out.platforms.join(', ')]);
  const timing: [string, string][] = [['Started', started(out.startedAt)], ['Duration', `${formatBuildDuration(out.durationMs)}${out.status === 'running' ? ' (running)' : ''}`]];
  if (out.status === 'failed' && out.error) timing.push(['Error', `${CODES[out.error.code] ?? `Code(${out.error.code})`} ${out.error.message}`]);
  if (out.status === 'canceled') timing.push(['Status', 'Canceled']);
  const cached = out.numTotalSteps === 0 ? 'NaN' : ((out.numCachedSteps / out.numTotalSteps) * 100).toFixed(0);
  timing.push(['Build Steps', `${out.numCompletedSteps}/${out.numTotalSteps} (${cached}% cached)`]);
  return [
    `${block(head)}\n`,
    `${block(timing)}\n`,
    `${block(out.config)}\n`,
    kvTable(out.buildArgs, 'Build Arg'),
    kvTable(out.labels, 'Label'),
    out.error ? errorDetail(out.failure) : '',
    `Print build logs: docker buildx history logs ${out.ref}\n`,
    `View build in Docker Desktop: docker-desktop://dashboard/build/${NODE}/${out.ref}\n`,
  ].join('');
}
