// `docker buildx ls`, `version`, `prune` and `du`, written from buildx v0.24.0's reference (the client
// recorded here has no buildx plugin to record them from).
import type { CommandSpec } from '../../command-types.ts';

/** `docker buildx ls`: List builder instances. */
export const buildxLs: CommandSpec = {
  path: 'buildx ls',
  use: '',
  short: 'List builder instances',
  args: { kind: 'none' },
  flags: [
    { name: 'format', kind: 'string', typeName: 'string', description: 'Format the output', default: 'table' },
    { name: 'no-trunc', kind: 'bool', typeName: '', description: "Don't truncate output" },
    { name: 'timeout', kind: 'duration', typeName: 'duration', description: 'Override the default timeout for loading builder status', default: '20s' },
  ],
};

/** `docker buildx version`: Show buildx version information. */
export const buildxVersion: CommandSpec = {
  path: 'buildx version',
  use: '',
  short: 'Show buildx version information',
  args: { kind: 'none' },
};

/** `docker buildx prune`: Remove build cache. */
export const buildxPrune: CommandSpec = {
  path: 'buildx prune',
  use: '',
  short: 'Remove build cache',
  args: { kind: 'none' },
  flags: [
    { name: 'all', short: 'a', kind: 'bool', typeName: '', description: 'Include internal/frontend images' },
    { name: 'builder', kind: 'string', typeName: 'string', description: 'Override the configured builder instance' },
    { name: 'debug', short: 'D', kind: 'bool', typeName: '', description: 'Enable debug logging' },
    { name: 'filter', kind: 'filter', typeName: 'filter', description: 'Provide filter values (e.g., "until=24h")' },
    { name: 'force', short: 'f', kind: 'bool', typeName: '', description: 'Do not prompt for confirmation' },
    { name: 'max-used-space', kind: 'bytes', typeName: 'bytes', description: 'Maximum amount of disk space allowed to keep for cache', default: '0' },
    { name: 'min-free-space', kind: 'bytes', typeName: 'bytes', description: 'Target amount of free disk space after pruning', default: '0' },
    { name: 'reserved-space', kind: 'bytes', typeName: 'bytes', description: 'Amount of disk space always allowed to keep for cache', default: '0' },
    { name: 'verbose', kind: 'bool', typeName: '', description: 'Provide a more verbose output' },
    { name: 'keep-storage', kind: 'bytes', typeName: 'bytes', description: 'Amount of disk space to keep for cache', hidden: true },
  ],
};

/** `docker buildx du`: Disk usage. */
export const buildxDu: CommandSpec = {
  path: 'buildx du',
  use: '',
  short: 'Disk usage',
  args: { kind: 'none' },
  flags: [
    { name: 'builder', kind: 'string', typeName: 'string', description: 'Override the configured builder instance' },
    { name: 'debug', short: 'D', kind: 'bool', typeName: '', description: 'Enable debug logging' },
    { name: 'filter', kind: 'filter', typeName: 'filter', description: 'Provide filter values' },
    { name: 'verbose', kind: 'bool', typeName: '', description: 'Provide a more verbose output' },
  ],
};
