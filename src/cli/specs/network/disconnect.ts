// `docker network disconnect`, recorded from Docker CLI 28.2.2 by scripts/record-docker-help.ts (edit that, not this).
import type { CommandSpec } from '../../command-types.ts';

/** `docker network disconnect`: Disconnect a container from a network. */
export const networkDisconnect: CommandSpec = {
  path: 'network disconnect',
  use: '[OPTIONS] NETWORK CONTAINER',
  short: 'Disconnect a container from a network',
  args: { kind: 'exact', n: 2 },
  flags: [
    { name: 'force', short: 'f', kind: 'bool', typeName: '', description: 'Force the container to disconnect from a network' },
  ],
};
