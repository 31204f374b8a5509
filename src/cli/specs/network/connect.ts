// `docker network connect`, recorded from Docker CLI 28.2.2 by scripts/record-docker-help.ts (edit that, not this).
import type { CommandSpec } from '../../command-types.ts';

/** `docker network connect`: Connect a container to a network. */
export const networkConnect: CommandSpec = {
  path: 'network connect',
  use: '[OPTIONS] NETWORK CONTAINER',
  short: 'Connect a container to a network',
  args: { kind: 'exact', n: 2 },
  flags: [
    { name: 'alias', kind: 'list', typeName: 'strings', description: 'Add network-scoped alias for the container' },
    { name: 'driver-opt', kind: 'list', typeName: 'strings', description: 'driver options for the network' },
    { name: 'gw-priority', kind: 'int', typeName: 'int', description: 'Highest gw-priority provides the default gateway. Accepts positive and negative values.' },
    { name: 'ip', kind: 'string', typeName: 'string', description: 'IPv4 address (e.g., "172.30.100.104")' },
    { name: 'ip6', kind: 'string', typeName: 'string', description: 'IPv6 address (e.g., "2001:db8::33")' },
    { name: 'link', kind: 'list', typeName: 'list', description: 'Add link to another container' },
    { name: 'link-local-ip', kind: 'list', typeName: 'strings', description: 'Add a link-local address for the container' },
  ],
};
