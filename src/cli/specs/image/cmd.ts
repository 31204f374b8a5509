// `docker image`, recorded from Docker CLI 28.2.2 by scripts/record-docker-help.ts (edit that, not this).
import type { CommandSpec } from '../../command-types.ts';

/** `docker image COMMAND`: Manage images. */
export const image: CommandSpec = {
  path: 'image',
  use: '',
  short: 'Manage images',
  group: true,
};
