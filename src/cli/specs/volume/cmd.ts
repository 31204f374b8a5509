// `docker volume`, recorded from Docker CLI 28.2.2 by scripts/record-docker-help.ts (edit that, not this).
import type { CommandSpec } from '../../command-types.ts';

/** `docker volume COMMAND`: Manage volumes. */
export const volume: CommandSpec = {
  path: 'volume',
  use: 'COMMAND',
  short: 'Manage volumes',
  group: true,
};
