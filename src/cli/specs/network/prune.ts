// `docker network prune`, recorded from Docker CLI 28.2.2 by scripts/record-docker-help.ts (edit that, not this).
import type { CommandSpec } from '../../command-types.ts';

/** `docker network prune`: Remove all unused networks. */
export const networkPrune: CommandSpec = {
  path: 'network prune',
  use: '[OPTIONS]',
  short: 'Remove all unused networks',
  args: { kind: 'none' },
  flags: [
    { name: 'filter', kind: 'filter', typeName: 'filter', description: 'Provide filter values (e.g. "until=<timestamp>")' },
    { name: 'force', short: 'f', kind: 'bool', typeName: '', description: 'Do not prompt for confirmation' },
  ],
};
