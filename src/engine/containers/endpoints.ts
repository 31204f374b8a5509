// A container's endpoints, as the record keeps them: made at create from the network mode and
// `--network-alias`/`--ip`/`--link` (moby daemon/create.go's checks), filled in when the container joins
// (an address from the network's IPAM, its gateway, the names the embedded DNS answers) and emptied when
// it stops, as `docker inspect` shows them.
import type { ContainerCreateRequest, HostConfig } from '../api/containers.ts';
import type { EndpointRequest, EndpointSettings } from '../api/networks.ts';
import type { NetworkRecord, NetworkStore } from '../network/store.ts';
import { LinkTargetMissing, UserDefinedOnly } from '../errors/network.ts';
import { EngineError } from '../errors/engine-error.ts';
import { sha256Digest } from '../model/digest.ts';
import { parseCidr } from '../network/ipam.ts';

/** The network a mode names (`default` is the bridge); undefined for `container:<id>`. */
export function modeNetwork(mode: string): string | undefined {
  if (mode.startsWith('container:')) return undefined;
  return mode === 'default' || mode === '' ? 'bridge' : mode;
}

/** Whether a network is one `docker network create` made (aliases, fixed IPs and DNS work there). */
export function userDefined(n: NetworkRecord): boolean {
  return !n.builtin;
}

/** The endpoints of a new container, by network name; throws `network X not found` or the bridge-only errors. */
export function initialEndpoints(store: NetworkStore, request: ContainerCreateRequest, hostConfig: HostConfig): Record<string, EndpointSettings> {
  const name = modeNetwork(hostConfig.NetworkMode);
  if (name === undefined) return {};
  const network = store.get(name);
  const config = request.NetworkingConfig?.EndpointsConfig ?? {};
  const asked = Object.entries(config).find(([key]) => modeNetwork(key) === name || key === network.name || key === network.id)?.[1];
  const out = { [network.name]: endpointFor(network, asked ?? {}) };
  // Docker 28 takes more than one --network: the others join too.
  for (const [other, more] of Object.entries(config)) {
    const n = store.get(modeNetwork(other) ?? other);
    if (!(n.name in out)) out[n.name] = endpointFor(n, more ?? {});
  }
  return out;
}

/** A new, not yet joined endpoint on `network` from what was asked; checks what only user-defined networks allow. */
export function endpointFor(network: NetworkRecord, asked: EndpointRequest): EndpointSettings {
  const aliases = asked.Aliases && asked.Aliases.length > 0 ? [...asked.Aliases] : null;
  const ip = asked.IPAMConfig?.IPv4Address;
  if (!userDefined(network) && network.driver === 'bridge') {
    if (ip) throw new UserDefinedOnly('ip');
    if (aliases) throw new UserDefinedOnly('alias');
  }
  return {
    IPAMConfig: ip ? { IPv4Address: ip } : null,
    Links: asked.Links && asked.Links.length > 0 ? [...asked.Links] : null,
    Aliases: aliases,
    MacAddress: '',
    DriverOpts: null,
    GwPriority: 0,
    NetworkID: network.id,
    EndpointID: '',
    Gateway: '',
    IPAddress: '',
    IPPrefixLen: 0,
    IPv6Gateway: '',
    GlobalIPv6Address: '',
    GlobalIPv6PrefixLen: 0,
    DNSNames: null,
  };
}

/** Fills an endpoint in as the container joins: its address, the network's gateway, MAC, DNS names. */
export function joined(ep: EndpointSettings, network: NetworkRecord, ip: string, container: { id: string; name: string }, seq: number): void {
  const prefix = network.subnet ? parseCidr(network.subnet)!.bits : 0;
  ep.EndpointID = sha256Digest(`endpoint:${container.id}:${network.id}:${seq}`).slice(7);
  ep.Gateway = network.gateway ?? '';
  ep.IPAddress = ip;
  ep.IPPrefixLen = ip ? prefix : 0;
  ep.MacAddress = ip ? macAddress(ep.EndpointID) : '';
  ep.DNSNames = userDefined(network) ? [container.name, ...(ep.Aliases ?? []), container.id.slice(0, 12)] : null;
}

/** Empties an endpoint as the container stops (the network and what was asked stay). */
export function left(ep: EndpointSettings): void {
  Object.assign(ep, { EndpointID: '', Gateway: '', IPAddress: '', IPPrefixLen: 0, MacAddress: '', DNSNames: null });
}

// Docker 28 gives each endpoint a random, locally administered MAC; here it comes from the endpoint ID.
function macAddress(endpointId: string): string {
  const bytes = endpointId.slice(0, 12).match(/../g)!.map((h) => parseInt(h, 16));
  bytes[0] = (bytes[0] & 0xfe) | 0x02;
  return bytes.map((b) => b.toString(16).padStart(2, '0')).join(':');
}

/** HostConfig.Links as dockerd stores them (`/db:/web/alias`); throws when a target does not exist. */
export function linksOf(table: { get(ref: string): { record: { name: string } } }, links: readonly string[] | null | undefined, name: string): string[] | undefined {
  if (!links || links.length === 0) return undefined;
  return links.map((link) => {
    const [target, alias = target] = link.split(':');
    let found: { record: { name: string } };
    try {
      found = table.get(target.replace(/^\//, ''));
    } catch (error) {
      if (error instanceof EngineError) throw new LinkTargetMissing(target, error.message);
      throw error;
    }
    return `${found.record.name}:${name}/${alias.replace(/^\//, '')}`;
  });
}
