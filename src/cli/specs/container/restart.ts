// `docker container restart`, recorded from Docker CLI 28.2.2 by scripts/record-docker-help.ts (edit that, not this).
import type { CommandSpec } from '../../command-types.ts';

/** `docker container restart`: Restart one or more containers. */
export const containerRestart: CommandSpec = {
  path: 'container restart',
  use: '[OPTIONS] CONTAINER [CONTAINER...]',
  short: 'Restart one or more containers',
  aliases: ['container restart', 'restart'],
  args: { kind: 'min', n: 1 },
  flags: [
    { name: 'signal', short: 's', kind: 'string', typeName: 'string', description: 'Signal to send to the container' },
    { name: 'timeout', short: 't', kind: 'int', typeName: 'int', description: 'Seconds to wait before killing the container' },
  ],
};
