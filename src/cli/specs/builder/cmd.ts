// `docker builder`, recorded from Docker CLI 28.2.2 by scripts/record-docker-help.ts (edit that, not this).
import type { CommandSpec } from '../../command-types.ts';

/** `docker builder COMMAND`: Manage builds. */
export const builder: CommandSpec = {
  path: 'builder',
  use: '',
  short: 'Manage builds',
  group: true,
};
