// `docker container unpause`, recorded from Docker CLI 28.2.2 by scripts/record-docker-help.ts (edit that, not this).
import type { CommandSpec } from '../../command-types.ts';

/** `docker container unpause`: Unpause all processes within one or more containers. */
export const containerUnpause: CommandSpec = {
  path: 'container unpause',
  use: 'CONTAINER [CONTAINER...]',
  short: 'Unpause all processes within one or more containers',
  aliases: ['container unpause', 'unpause'],
  args: { kind: 'min', n: 1 },
};
