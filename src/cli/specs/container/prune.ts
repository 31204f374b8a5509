// `docker container prune`, recorded from Docker CLI 28.2.2 by scripts/record-docker-help.ts (edit that, not this).
import type { CommandSpec } from '../../command-types.ts';

/** `docker container prune`: Remove all stopped containers. */
export const containerPrune: CommandSpec = {
  path: 'container prune',
  use: '[OPTIONS]',
  short: 'Remove all stopped containers',
  args: { kind: 'none' },
  flags: [
    { name: 'filter', kind: 'filter', typeName: 'filter', description: 'Provide filter values (e.g. "until=<timestamp>")' },
    { name: 'force', short: 'f', kind: 'bool', typeName: '', description: 'Do not prompt for confirmation' },
  ],
};
