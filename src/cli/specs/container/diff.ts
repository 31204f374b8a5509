// `docker container diff`, recorded from Docker CLI 28.2.2 by scripts/record-docker-help.ts (edit that, not this).
import type { CommandSpec } from '../../command-types.ts';

/** `docker container diff`: Inspect changes to files or directories on a container's filesystem. */
export const containerDiff: CommandSpec = {
  path: 'container diff',
  use: 'CONTAINER',
  short: 'Inspect changes to files or directories on a container\'s filesystem',
  aliases: ['container diff', 'diff'],
  args: { kind: 'exact', n: 1 },
};
