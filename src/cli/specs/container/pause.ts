// `docker container pause`, recorded from Docker CLI 28.2.2 by scripts/record-docker-help.ts (edit that, not this).
import type { CommandSpec } from '../../command-types.ts';

/** `docker container pause`: Pause all processes within one or more containers. */
export const containerPause: CommandSpec = {
  path: 'container pause',
  use: 'CONTAINER [CONTAINER...]',
  short: 'Pause all processes within one or more containers',
  aliases: ['container pause', 'pause'],
  args: { kind: 'min', n: 1 },
};
