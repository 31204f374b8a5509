// `docker container`, recorded from Docker CLI 28.2.2 by scripts/record-docker-help.ts (edit that, not this).
import type { CommandSpec } from '../../command-types.ts';

/** `docker container COMMAND`: Manage containers. */
export const container: CommandSpec = {
  path: 'container',
  use: '',
  short: 'Manage containers',
  group: true,
};
