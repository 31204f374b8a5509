// `docker container rename`, recorded from Docker CLI 28.2.2 by scripts/record-docker-help.ts (edit that, not this).
import type { CommandSpec } from '../../command-types.ts';

/** `docker container rename`: Rename a container. */
export const containerRename: CommandSpec = {
  path: 'container rename',
  use: 'CONTAINER NEW_NAME',
  short: 'Rename a container',
  aliases: ['container rename', 'rename'],
  args: { kind: 'exact', n: 2 },
};
