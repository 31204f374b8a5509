// `docker buildx history` and its subcommands, written from buildx v0.24.0 (commands/history/). ls,
// inspect, logs and rm work on the simulated BuildKit's records; open, trace, import and export need
// Docker Desktop or a browser on the machine, so the workbook lists them and says they are unavailable.
import type { CommandSpec, FlagSpec } from '../../command-types.ts';

const builder: FlagSpec = { name: 'builder', kind: 'string', typeName: 'string', description: 'Override the configured builder instance' };

/** `docker buildx history COMMAND`. */
export const buildxHistory: CommandSpec = { path: 'buildx history', use: 'COMMAND', group: true, short: 'Commands to work on build records' };

/** `docker buildx history ls`. */
export const buildxHistoryLs: CommandSpec = {
  path: 'buildx history ls',
  use: '[OPTIONS]',
  short: 'List build records',
  args: { kind: 'none' },
  flags: [
    builder,
    { name: 'filter', kind: 'list', typeName: 'stringArray', description: 'Provide filter values (e.g., "status=error")' },
    { name: 'format', kind: 'string', typeName: 'string', description: 'Format output. Accepted values are [table|json] or any Go template', default: 'table' },
    { name: 'local', kind: 'bool', typeName: '', description: 'List records for current repository only' },
    { name: 'no-trunc', kind: 'bool', typeName: '', description: "Don't truncate output" },
  ],
};

/** `docker buildx history inspect`. */
export const buildxHistoryInspect: CommandSpec = {
  path: 'buildx history inspect',
  use: '[OPTIONS] [REF]',
  short: 'Inspect a build record',
  args: { kind: 'max', n: 1 },
  flags: [builder, { name: 'format', kind: 'string', typeName: 'string', description: 'Format the output', default: 'pretty' }],
};

/** `docker buildx history logs`. */
export const buildxHistoryLogs: CommandSpec = {
  path: 'buildx history logs',
  use: '[OPTIONS] [REF]',
  short: 'Print the logs of a build record',
  args: { kind: 'max', n: 1 },
  flags: [builder, { name: 'progress', kind: 'string', typeName: 'string', description: 'Set type of progress output (plain, rawjson, tty)', default: 'plain' }],
};

/** `docker buildx history rm`. */
export const buildxHistoryRm: CommandSpec = {
  path: 'buildx history rm',
  use: '[OPTIONS] [REF...]',
  short: 'Remove build records',
  args: { kind: 'any' },
  flags: [{ name: 'all', kind: 'bool', typeName: '', description: 'Remove all build records' }, builder],
};

/** `docker buildx history open`: Docker Desktop only. */
export const buildxHistoryOpen: CommandSpec = { path: 'buildx history open', use: '[OPTIONS] [REF]', short: 'Open a build record in Docker Desktop', args: { kind: 'max', n: 1 }, flags: [builder] };

/** `docker buildx history trace`: serves a trace viewer in a browser. */
export const buildxHistoryTrace: CommandSpec = {
  path: 'buildx history trace',
  use: '[OPTIONS] [REF]',
  short: 'Show the OpenTelemetry trace of a build record',
  args: { kind: 'max', n: 1 },
  flags: [
    { name: 'addr', kind: 'string', typeName: 'string', description: 'Address to bind the UI server', default: '127.0.0.1:0' },
    builder,
    { name: 'compare', kind: 'string', typeName: 'string', description: 'Compare with another build record' },
  ],
};

/** `docker buildx history import`: into Docker Desktop. */
export const buildxHistoryImport: CommandSpec = {
  path: 'buildx history import',
  use: '[OPTIONS] -',
  short: 'Import build records into Docker Desktop',
  args: { kind: 'none' },
  flags: [builder, { name: 'file', short: 'f', kind: 'list', typeName: 'stringArray', description: 'Import from a file path' }],
};

/** `docker buildx history export`: a Docker Desktop bundle. */
export const buildxHistoryExport: CommandSpec = {
  path: 'buildx history export',
  use: '[OPTIONS] [REF...]',
  short: 'Export build records into Docker Desktop bundle',
  args: { kind: 'any' },
  flags: [
    { name: 'all', kind: 'bool', typeName: '', description: 'Export all build records for the builder' },
    builder,
    { name: 'finalize', kind: 'bool', typeName: '', description: 'Ensure build records are finalized before exporting' },
    { name: 'output', short: 'o', kind: 'string', typeName: 'string', description: 'Output file path' },
  ],
};

/** The history group and its subcommands. */
export const buildxHistorySpecs: readonly CommandSpec[] = [buildxHistory, buildxHistoryExport, buildxHistoryImport, buildxHistoryInspect, buildxHistoryLogs, buildxHistoryLs, buildxHistoryOpen, buildxHistoryRm, buildxHistoryTrace];
