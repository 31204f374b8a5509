// `docker container wait`, recorded from Docker CLI 28.2.2 by scripts/record-docker-help.ts (edit that, not this).
import type { CommandSpec } from '../../command-types.ts';

/** `docker container wait`: Block until one or more containers stop, then print their exit codes. */
export const containerWait: CommandSpec = {
  path: 'container wait',
  use: 'CONTAINER [CONTAINER...]',
  short: 'Block until one or more containers stop, then print their exit codes',
  aliases: ['container wait', 'wait'],
  args: { kind: 'min', n: 1 },
};
