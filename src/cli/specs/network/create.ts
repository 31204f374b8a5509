// `docker network create`, recorded from Docker CLI 28.2.2 by scripts/record-docker-help.ts (edit that, not this).
import type { CommandSpec } from '../../command-types.ts';

/** `docker network create`: Create a network. */
export const networkCreate: CommandSpec = {
  path: 'network create',
  use: '[OPTIONS] NETWORK',
  short: 'Create a network',
  args: { kind: 'exact', n: 1 },
  flags: [
    { name: 'attachable', kind: 'bool', typeName: '', description: 'Enable manual container attachment' },
    { name: 'aux-address', kind: 'map', typeName: 'map', description: 'Auxiliary IPv4 or IPv6 addresses used by Network driver', defaultText: 'map[]' },
    { name: 'config-from', kind: 'string', typeName: 'string', description: 'The network from which to copy the configuration' },
    { name: 'config-only', kind: 'bool', typeName: '', description: 'Create a configuration only network' },
    { name: 'driver', short: 'd', kind: 'string', typeName: 'string', description: 'Driver to manage the Network', default: 'bridge' },
    { name: 'gateway', kind: 'list', typeName: 'strings', description: 'IPv4 or IPv6 Gateway for the master subnet' },
    { name: 'ingress', kind: 'bool', typeName: '', description: 'Create swarm routing-mesh network' },
    { name: 'internal', kind: 'bool', typeName: '', description: 'Restrict external access to the network' },
    { name: 'ip-range', kind: 'list', typeName: 'strings', description: 'Allocate container ip from a sub-range' },
    { name: 'ipam-driver', kind: 'string', typeName: 'string', description: 'IP Address Management Driver', default: 'default' },
    { name: 'ipam-opt', kind: 'map', typeName: 'map', description: 'Set IPAM driver specific options', defaultText: 'map[]' },
    { name: 'ipv4', kind: 'bool', typeName: '', description: 'Enable or disable IPv4 address assignment', default: true },
    { name: 'ipv6', kind: 'bool', typeName: '', description: 'Enable or disable IPv6 address assignment' },
    { name: 'label', kind: 'list', typeName: 'list', description: 'Set metadata on a network' },
    { name: 'opt', short: 'o', kind: 'map', typeName: 'map', description: 'Set driver specific options', defaultText: 'map[]' },
    { name: 'scope', kind: 'string', typeName: 'string', description: 'Control the network\'s scope' },
    { name: 'subnet', kind: 'list', typeName: 'strings', description: 'Subnet in CIDR format that represents a network segment' },
  ],
};
