// Containers on networks (moby daemon/container_operations.go, the part a learner meets): joining every
// network of its record when a container starts (an address from each network's IPAM, legacy --link
// lines in /etc/hosts on the default bridge, the embedded DNS names on user-defined networks), leaving
// them when it stops, `docker network connect/disconnect`, and the endpoint counts rm/prune check.
import type { NetworkStack } from '../../kernel/net.ts';
import type { EndpointResource, EndpointRequest } from '../api/networks.ts';
import type { EventSink } from '../events/log.ts';
import type { NetworkFabric, FabricEndpoint } from '../network/fabric.ts';
import type { NetworkRecord, NetworkStore } from '../network/store.ts';
import { contains, formatIp, nextFree, parseCidr, parseIp } from '../network/ipam.ts';
import { EndpointExists, HostNetworkExclusive, IpInUse, IpOutsideSubnet, LinkNotRunning, NoSuchNetwork, NotConnected, PoolOverlaps } from '../errors/network.ts';
import type { Container } from './container.ts';
import { endpointFor, joined, left, modeNetwork, userDefined } from './endpoints.ts';
import { lookupHosts } from './init-files.ts';

/** The container table as networking needs it. */
export interface ContainerTable {
  all(): Container[];
  get(ref: string): Container;
}

/** Containers' endpoints on the daemon's networks. */
export class Networking {
  private seq = 0;
  constructor(
    readonly store: NetworkStore,
    private readonly fabric: NetworkFabric,
    private readonly containers: ContainerTable,
    private readonly events: EventSink,
  ) {}

  /** Joins a starting container to its networks; returns the stack its processes use and its primary address. */
  join(c: Container): NetworkStack {
    const mode = c.record.hostConfig.NetworkMode;
    if (mode === 'host') return this.fabric.attach(c.id, { mode: 'host' });
    if (mode.startsWith('container:')) {
      const owner = this.containers.get(mode.slice('container:'.length));
      return this.fabric.attach(c.id, { mode: 'container', shareWith: owner.id });
    }
    const endpoints = this.endpointsOf(c);
    if (mode === 'none') {
      for (const [name, ep] of Object.entries(endpoints)) joined(ep, this.store.get(ep.NetworkID || name), '', this.who(c), ++this.seq);
      c.record.ip = '';
      return this.fabric.attach(c.id, { mode: 'none' });
    }
    const fabricEndpoints: FabricEndpoint[] = [];
    for (const [name, ep] of Object.entries(endpoints)) {
      const network = this.store.find(ep.NetworkID) ?? this.store.find(name);
      if (!network) throw new NoSuchNetwork(ep.NetworkID || name);
      fabricEndpoints.push(this.attachEndpoint(c, network, ep));
    }
    c.record.ip = fabricEndpoints[0]?.ip ?? '';
    c.record.linkHosts = [...(c.record.hostConfig.ExtraHosts ?? []).map(extraHostLine), ...(this.legacyLinks(c) ?? [])];
    const stack = this.fabric.attach(c.id, { mode: 'bridge', endpoints: fabricEndpoints, hosts: (name) => hostsEntry(c, name) });
    for (const [name, ep] of Object.entries(endpoints)) this.emit(c, ep.NetworkID, name, 'connect');
    return stack;
  }

  /** Takes a stopped container off its networks (its endpoints keep what was asked, not the address). */
  leave(c: Container): void {
    this.fabric.detach(c.id);
    for (const [name, ep] of Object.entries(c.record.networks ?? {})) {
      if (ep.EndpointID) this.emit(c, ep.NetworkID, name, 'disconnect');
      left(ep);
    }
    c.record.ip = '';
    c.record.linkHosts = undefined;
  }

  /** POST /networks/{id}/connect */
  connect(networkRef: string, containerRef: string, asked: EndpointRequest = {}): void {
    const network = this.store.get(networkRef);
    const c = this.containers.get(containerRef);
    const mode = c.record.hostConfig.NetworkMode;
    if (mode === 'host' || mode === 'none' || network.driver !== 'bridge') throw new HostNetworkExclusive();
    const endpoints = this.endpointsOf(c);
    if (endpoints[network.name]) throw new EndpointExists(c.record.name.slice(1), network.name);
    const ep = endpointFor(network, asked);
    endpoints[network.name] = ep;
    if (!c.running) return;
    this.fabric.connect(c.id, this.attachEndpoint(c, network, ep));
    if (!c.record.ip) c.record.ip = ep.IPAddress;
    this.emit(c, network.id, network.name, 'connect');
  }

  /** POST /networks/{id}/disconnect */
  disconnect(networkRef: string, containerRef: string): void {
    const network = this.store.get(networkRef);
    const c = this.containers.get(containerRef);
    const endpoints = this.endpointsOf(c);
    const ep = endpoints[network.name];
    if (!ep) throw new NotConnected(c.id, network.name);
    if (c.running) {
      this.fabric.disconnect(c.id, network.id);
      this.emit(c, network.id, network.name, 'disconnect');
    }
    delete endpoints[network.name];
    if (c.record.ip === ep.IPAddress) c.record.ip = Object.values(endpoints).find((e) => e.IPAddress)?.IPAddress ?? '';
  }

  /** The running containers attached to a network, as `docker network inspect` lists them. */
  attached(n: NetworkRecord): Record<string, EndpointResource> {
    const out: Record<string, EndpointResource> = {};
    for (const c of this.containers.all()) {
      const ep = c.running ? Object.values(c.record.networks ?? {}).find((e) => e.NetworkID === n.id && e.EndpointID) : undefined;
      if (ep) out[c.id] = { Name: c.record.name.slice(1), EndpointID: ep.EndpointID, MacAddress: ep.MacAddress, IPv4Address: ep.IPAddress ? `${ep.IPAddress}/${ep.IPPrefixLen}` : '', IPv6Address: '' };
    }
    return out;
  }

  /** The active endpoints of a network as dockerd names them in `has active endpoints (…)`. */
  activeEndpoints(n: NetworkRecord): string[] {
    return Object.values(this.attached(n)).map((e) => `name:"${e.Name}" id:"${e.EndpointID.slice(0, 12)}"`);
  }

  /** The record's endpoints, made from the network mode for records saved before endpoints were kept. */
  endpointsOf(c: Container): NonNullable<Container['record']['networks']> {
    if (!c.record.networks) {
      const name = modeNetwork(c.record.hostConfig.NetworkMode);
      const network = name === undefined ? undefined : this.store.find(name);
      c.record.networks = network ? { [network.name]: endpointFor(network, {}) } : {};
    }
    return c.record.networks;
  }

  // Gives one endpoint its address on the network (the one asked for with --ip, else the next free).
  private attachEndpoint(c: Container, network: NetworkRecord, ep: NonNullable<Container['record']['networks']>[string]): FabricEndpoint {
    const subnet = parseCidr(network.subnet ?? '');
    if (!subnet) throw new PoolOverlaps();
    const taken = new Set<number>([parseIp(network.gateway ?? '') ?? 0]);
    for (const other of this.containers.all()) {
      if (other === c || !other.running) continue;
      for (const e of Object.values(other.record.networks ?? {})) if (e.NetworkID === network.id && e.IPAddress) taken.add(parseIp(e.IPAddress)!);
    }
    const asked = ep.IPAMConfig?.IPv4Address;
    let ip: number | undefined;
    if (asked) {
      ip = parseIp(asked);
      if (ip === undefined || !contains(subnet, ip)) throw new IpOutsideSubnet(asked);
      if (taken.has(ip)) throw new IpInUse();
    } else ip = nextFree(subnet, taken);
    if (ip === undefined) throw new PoolOverlaps();
    joined(ep, network, formatIp(ip), this.who(c), ++this.seq);
    const links: Record<string, string> = {};
    for (const link of ep.Links ?? []) {
      const [target, alias = target] = link.split(':');
      links[alias.replace(/^.*\//, '')] = target.replace(/^\//, '');
    }
    return { networkId: network.id, ip: ep.IPAddress, gateway: ep.Gateway, names: ep.DNSNames ?? [], dns: userDefined(network), internal: network.internal, links };
  }

  // moby's legacy links on the default bridge: `IP\talias hostname [name]` for each running target.
  private legacyLinks(c: Container): string[] | undefined {
    if (modeNetwork(c.record.hostConfig.NetworkMode) !== 'bridge') return undefined;
    const lines: string[] = [];
    for (const link of c.record.hostConfig.Links ?? []) {
      const [targetPath, aliasPath] = link.split(':');
      const target = this.containers.get(targetPath.replace(/^\//, ''));
      const alias = aliasPath.replace(/^.*\//, '');
      if (!target.running) throw new LinkNotRunning(target.record.name, aliasPath);
      const names = [alias, target.record.config.Hostname, ...(alias !== target.record.name.slice(1) ? [target.record.name.slice(1)] : [])];
      if (target.record.ip) lines.push(`${target.record.ip}\t${names.join(' ')}`);
    }
    return lines.length > 0 ? lines : undefined;
  }

  private who(c: Container): { id: string; name: string } {
    return { id: c.id, name: c.record.name.slice(1) };
  }

  private emit(c: Container, networkId: string, name: string, action: 'connect' | 'disconnect'): void {
    const n = this.store.find(networkId);
    if (n?.driver === 'bridge') this.events.emit('network', action, n.id, { container: c.id, name, type: 'bridge' });
  }
}

// The container's /etc/hosts as its resolver reads it (edits and --add-host lines included).
function hostsEntry(c: Container, name: string): string | undefined {
  try {
    return lookupHosts(c.fs.readText('/etc/hosts'), name);
  } catch {
    return undefined;
  }
}

// `--add-host name:ip` (or `name=ip`) as its /etc/hosts line; `host-gateway` is the default bridge's gateway.
function extraHostLine(spec: string): string {
  const i = spec.search(/[:=]/);
  const ip = spec.slice(i + 1);
  return `${ip === 'host-gateway' ? '172.17.0.1' : ip}\t${spec.slice(0, i)}`;
}
