// `docker container kill`, recorded from Docker CLI 28.2.2 by scripts/record-docker-help.ts (edit that, not this).
import type { CommandSpec } from '../../command-types.ts';

/** `docker container kill`: Kill one or more running containers. */
export const containerKill: CommandSpec = {
  path: 'container kill',
  use: '[OPTIONS] CONTAINER [CONTAINER...]',
  short: 'Kill one or more running containers',
  aliases: ['container kill', 'kill'],
  args: { kind: 'min', n: 1 },
  flags: [
    { name: 'signal', short: 's', kind: 'string', typeName: 'string', description: 'Signal to send to the container' },
  ],
};
