// dockerd's (libnetwork's) network errors, word for word.
import { defineError } from './engine-error.ts';

/** `network X not found` (a name, ID or ID prefix that matches nothing). */
export const NoSuchNetwork = defineError('NoSuchNetwork', 'notFound', (ref: string) => `network ${ref} not found`);
/** `docker network create` of a name that is taken. */
export const NetworkNameExists = defineError('NetworkNameExists', 'conflict', (name: string) => `network with name ${name} already exists`);
/** `docker network rm bridge|host|none`. */
export const PredefinedNetwork = defineError('PredefinedNetwork', 'forbidden', (name: string) => `${name} is a pre-defined network and cannot be removed`);
/** `docker network rm` while running containers are attached; `endpoints` as `name:"web" id:"0123456789ab"`. */
export const NetworkHasActiveEndpoints = defineError(
  'NetworkHasActiveEndpoints',
  'forbidden',
  (name: string, endpoints: readonly string[]) => `error while removing network: network ${name} has active endpoints (${endpoints.join(', ')})`,
);
/** A subnet that overlaps one another network uses. */
export const PoolOverlaps = defineError('PoolOverlaps', 'forbidden', () => 'invalid pool request: Pool overlaps with other one on this address space');
/** A `--driver` dockerd has no plugin for. */
export const NetworkPluginNotFound = defineError('NetworkPluginNotFound', 'notFound', (driver: string) => `could not find plugin ${driver} in v1 plugin registry: plugin not found`);
/** `docker network connect` of a container already on that network. */
export const EndpointExists = defineError('EndpointExists', 'forbidden', (container: string, network: string) => `endpoint with name ${container} already exists in network ${network}`);
/** `docker network disconnect` of a container not on that network. */
export const NotConnected = defineError('NotConnected', 'system', (id: string, network: string) => `container ${id} is not connected to network ${network}`);
/** `--ip` or `--network-alias` on the default bridge. */
export const UserDefinedOnly = defineError('UserDefinedOnly', 'invalidParameter', (what: 'ip' | 'alias') =>
  what === 'ip' ? 'user specified IP address is supported on user defined networks only' : 'network-scoped alias is supported only for containers in user defined networks');
/** `--ip` outside the network's subnet. */
export const IpOutsideSubnet = defineError('IpOutsideSubnet', 'invalidParameter', (ip: string) => `no configured subnet or ip-range contain the IP address ${ip}`);
/** `--ip` that another container on the network holds. */
export const IpInUse = defineError('IpInUse', 'forbidden', () => 'Address already in use');
/** Connecting to, or from, the host or none network alongside others. */
export const HostNetworkExclusive = defineError('HostNetworkExclusive', 'forbidden', () => 'container cannot be disconnected from host network or connected to host network');
/** `--link` to a container that does not exist or does not run. */
export const LinkTargetMissing = defineError('LinkTargetMissing', 'invalidParameter', (name: string, reason: string) => `could not get container for ${name}: ${reason}`);
/** `--link` to a container that is not running. */
export const LinkNotRunning = defineError('LinkNotRunning', 'invalidParameter', (target: string, alias: string) => `Cannot link to a non running container: ${target} AS ${alias}`);
