// `docker container top`, recorded from Docker CLI 28.2.2 by scripts/record-docker-help.ts (edit that, not this).
import type { CommandSpec } from '../../command-types.ts';

/** `docker container top`: Display the running processes of a container. */
export const containerTop: CommandSpec = {
  path: 'container top',
  use: 'CONTAINER [ps OPTIONS]',
  short: 'Display the running processes of a container',
  aliases: ['container top', 'top'],
  args: { kind: 'min', n: 1 },
  interspersed: false,
};
