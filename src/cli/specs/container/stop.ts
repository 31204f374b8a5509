// `docker container stop`, recorded from Docker CLI 28.2.2 by scripts/record-docker-help.ts (edit that, not this).
import type { CommandSpec } from '../../command-types.ts';

/** `docker container stop`: Stop one or more running containers. */
export const containerStop: CommandSpec = {
  path: 'container stop',
  use: '[OPTIONS] CONTAINER [CONTAINER...]',
  short: 'Stop one or more running containers',
  aliases: ['container stop', 'stop'],
  args: { kind: 'min', n: 1 },
  flags: [
    { name: 'signal', short: 's', kind: 'string', typeName: 'string', description: 'Signal to send to the container' },
    { name: 'timeout', short: 't', kind: 'int', typeName: 'int', description: 'Seconds to wait before killing the container' },
  ],
};
