// `docker container port`, recorded from Docker CLI 28.2.2 by scripts/record-docker-help.ts (edit that, not this).
import type { CommandSpec } from '../../command-types.ts';

/** `docker container port`: List port mappings or a specific mapping for the container. */
export const containerPort: CommandSpec = {
  path: 'container port',
  use: 'CONTAINER [PRIVATE_PORT[/PROTO]]',
  short: 'List port mappings or a specific mapping for the container',
  aliases: ['container port', 'port'],
  args: { kind: 'range', min: 1, max: 2 },
};
