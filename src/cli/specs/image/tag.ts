// `docker image tag`, recorded from Docker CLI 28.2.2 by scripts/record-docker-help.ts (edit that, not this).
import type { CommandSpec } from '../../command-types.ts';

/** `docker image tag`: Create a tag TARGET_IMAGE that refers to SOURCE_IMAGE. */
export const imageTag: CommandSpec = {
  path: 'image tag',
  use: 'SOURCE_IMAGE[:TAG] TARGET_IMAGE[:TAG]',
  short: 'Create a tag TARGET_IMAGE that refers to SOURCE_IMAGE',
  aliases: ['image tag', 'tag'],
  args: { kind: 'exact', n: 2 },
  interspersed: false,
};
