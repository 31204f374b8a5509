// The daemon's networks (libnetwork's controller, the part a learner meets): the three every daemon
// has (bridge, host, none) and the user-defined bridge networks `docker network create` makes, each
// with its subnet and gateway from the default pools unless given. Endpoints are not kept here: a
// network's endpoints are the running containers attached to it (containers/networking.ts).
import type { NetworkCreateRequest } from '../api/networks.ts';
import { sha256Digest } from '../model/digest.ts';
import { rfc3339Nano } from '../clock.ts';
import { NO_EVENTS, type EventSink } from '../events/log.ts';
import { NetworkHasActiveEndpoints, NetworkNameExists, NetworkPluginNotFound, NoSuchNetwork, PoolOverlaps, PredefinedNetwork } from '../errors/network.ts';
import { defaultPools, firstHost, formatCidr, formatIp, overlaps, parseCidr, parseIp, type Subnet } from './ipam.ts';

/** A network as the daemon keeps it. */
export interface NetworkRecord {
  id: string;
  name: string;
  driver: 'bridge' | 'host' | 'null';
  created: string;
  /** CIDR and gateway of its one IPv4 pool; absent for host and none. */
  subnet?: string;
  gateway?: string;
  internal: boolean;
  attachable: boolean;
  labels: Record<string, string>;
  options: Record<string, string>;
  /** IPAM.Options as created (null for the predefined networks). */
  ipamOptions: Record<string, string> | null;
  builtin: boolean;
}

/** The default bridge's ID (GET /networks, the container's NetworkSettings, events). */
export const BRIDGE_NETWORK_ID = 'c8e8f2f9a4d5b6e7f8091a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e6f';
/** When the predefined networks were made (the daemon's first start), fixed so listings are reproducible. */
const DAEMON_START = '2026-01-01T00:00:00.000000000Z';

const PREDEFINED: NetworkRecord[] = [
  {
    id: BRIDGE_NETWORK_ID, name: 'bridge', driver: 'bridge', created: DAEMON_START, subnet: '172.17.0.0/16', gateway: '172.17.0.1',
    internal: false, attachable: false, labels: {}, ipamOptions: null, builtin: true,
    options: {
      'com.docker.network.bridge.default_bridge': 'true', 'com.docker.network.bridge.enable_icc': 'true',
      'com.docker.network.bridge.enable_ip_masquerade': 'true', 'com.docker.network.bridge.host_binding_ipv4': '0.0.0.0',
      'com.docker.network.bridge.name': 'docker0', 'com.docker.network.driver.mtu': '1500',
    },
  },
  { id: sha256Digest('network:host').slice(7), name: 'host', driver: 'host', created: DAEMON_START, internal: false, attachable: false, labels: {}, options: {}, ipamOptions: null, builtin: true },
  { id: sha256Digest('network:none').slice(7), name: 'none', driver: 'null', created: DAEMON_START, internal: false, attachable: false, labels: {}, options: {}, ipamOptions: null, builtin: true },
];

/** Every network the daemon knows. */
export class NetworkStore {
  private readonly networks: NetworkRecord[];
  /** The daemon's event log (network create/destroy); the engine sets it. */
  events: EventSink = NO_EVENTS;

  constructor(snapshot: NetworkRecord[] = []) {
    this.networks = [...PREDEFINED.map((n) => structuredClone(n)), ...snapshot.filter((n) => !n.builtin)];
  }

  /** All networks, predefined first, then in creation order. */
  all(): NetworkRecord[] {
    return [...this.networks];
  }

  /** moby FindNetwork: full ID, then exact name, then a unique ID prefix; else `network X not found`. */
  get(ref: string): NetworkRecord {
    const found = this.find(ref);
    if (!found) throw new NoSuchNetwork(ref);
    return found;
  }

  /** Like get, but undefined when nothing (or more than one prefix match) is found. */
  find(ref: string): NetworkRecord | undefined {
    const exact = this.networks.find((n) => n.id === ref) ?? this.networks.find((n) => n.name === ref);
    if (exact || ref === '') return exact;
    const prefixed = this.networks.filter((n) => n.id.startsWith(ref));
    return prefixed.length === 1 ? prefixed[0] : undefined;
  }

  /** POST /networks/create: a bridge network on the given subnet or the next free default pool. */
  create(request: NetworkCreateRequest, now: number): NetworkRecord {
    const name = request.Name;
    if (this.networks.some((n) => n.name === name)) throw new NetworkNameExists(name);
    const driver = request.Driver || 'bridge';
    if (driver !== 'bridge') throw new NetworkPluginNotFound(driver);
    const pool = request.IPAM?.Config?.[0];
    const subnet = pool?.Subnet ? this.requested(pool.Subnet) : this.freePool();
    const gateway = pool?.Gateway || formatIp(firstHost(subnet));
    const id = sha256Digest(`network:${name}:${now}:${this.networks.length}`).slice(7);
    const record: NetworkRecord = {
      id, name, driver: 'bridge', created: rfc3339Nano(now), subnet: formatCidr(subnet), gateway,
      internal: request.Internal ?? false, attachable: request.Attachable ?? false, labels: { ...(request.Labels ?? {}) },
      options: { 'com.docker.network.enable_ipv4': 'true', 'com.docker.network.enable_ipv6': String(request.EnableIPv6 ?? false), ...(request.Options ?? {}) },
      ipamOptions: { ...(request.IPAM?.Options ?? {}) }, builtin: false,
    };
    this.networks.push(record);
    this.events.emit('network', 'create', id, { name, type: 'bridge' });
    return record;
  }

  /** DELETE /networks/{id}: `active` are the endpoints (`name:"web" id:"…"`) still attached. */
  remove(ref: string, active: (n: NetworkRecord) => string[]): NetworkRecord {
    const n = this.get(ref);
    if (n.builtin) throw new PredefinedNetwork(n.name);
    const endpoints = active(n);
    if (endpoints.length > 0) throw new NetworkHasActiveEndpoints(n.name, endpoints);
    this.networks.splice(this.networks.indexOf(n), 1);
    this.events.emit('network', 'destroy', n.id, { name: n.name, type: 'bridge' });
    return n;
  }

  /** User-defined networks, for the snapshot. */
  snapshot(): NetworkRecord[] {
    return this.networks.filter((n) => !n.builtin);
  }

  private requested(text: string): Subnet {
    const subnet = parseCidr(text) ?? { base: parseIp(text) ?? 0, bits: 32 };
    if (this.subnets().some((s) => overlaps(s, subnet))) throw new PoolOverlaps();
    return subnet;
  }

  // libnetwork takes the first default pool that overlaps no network's subnet.
  private freePool(): Subnet {
    const used = this.subnets();
    for (const pool of defaultPools()) if (!used.some((s) => overlaps(s, pool))) return pool;
    throw new PoolOverlaps();
  }

  private subnets(): Subnet[] {
    return this.networks.flatMap((n) => (n.subnet ? [parseCidr(n.subnet)!] : []));
  }
}
