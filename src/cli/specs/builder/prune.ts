// `docker builder prune`, recorded from Docker CLI 28.2.2 by scripts/record-docker-help.ts (edit that, not this).
import type { CommandSpec } from '../../command-types.ts';

/** `docker builder prune`: Remove build cache. */
export const builderPrune: CommandSpec = {
  path: 'builder prune',
  use: '',
  short: 'Remove build cache',
  args: { kind: 'none' },
  flags: [
    { name: 'all', short: 'a', kind: 'bool', typeName: '', description: 'Remove all unused build cache, not just dangling ones' },
    { name: 'filter', kind: 'filter', typeName: 'filter', description: 'Provide filter values (e.g. "until=24h")' },
    { name: 'force', short: 'f', kind: 'bool', typeName: '', description: 'Do not prompt for confirmation' },
    { name: 'keep-storage', kind: 'bytes', typeName: 'bytes', description: 'Amount of disk space to keep for cache' },
    { name: 'verbose', kind: 'bool', typeName: '', description: 'Provide a more verbose output', hidden: true },
    { name: 'reserved-space', kind: 'bytes', typeName: 'bytes', description: 'Amount of disk space always allowed to keep for cache', hidden: true },
    { name: 'max-used-space', kind: 'bytes', typeName: 'bytes', description: 'Maximum amount of disk space allowed to keep for cache', hidden: true },
    { name: 'min-free-space', kind: 'bytes', typeName: 'bytes', description: 'Target amount of free disk space after pruning', hidden: true },
  ],
};
