// `docker system`, recorded from Docker CLI 28.2.2 by scripts/record-docker-help.ts (edit that, not this).
import type { CommandSpec } from '../../command-types.ts';

/** `docker system COMMAND`: Manage Docker. */
export const system: CommandSpec = {
  path: 'system',
  use: '',
  short: 'Manage Docker',
  group: true,
};
