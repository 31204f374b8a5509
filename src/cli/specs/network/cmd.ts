// `docker network`, recorded from Docker CLI 28.2.2 by scripts/record-docker-help.ts (edit that, not this).
import type { CommandSpec } from '../../command-types.ts';

/** `docker network COMMAND`: Manage networks. */
export const network: CommandSpec = {
  path: 'network',
  use: '',
  short: 'Manage networks',
  group: true,
};
