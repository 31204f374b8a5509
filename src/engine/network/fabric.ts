// The simulated network: one listener table per machine (the host, each running container), the
// container's endpoints on Docker networks (bridge and user-defined), how a name resolves from inside a
// container (its /etc/hosts, then the embedded DNS server on user-defined networks), and the host ports
// docker publishes. Addresses are handed out by the networks' IPAM (containers/networking.ts), not here.
import { NetError, type HttpHandler, type HttpRequest, type HttpResponse, type NetworkStack, type TcpHandler } from '../../kernel/net.ts';
import { parseRequest, parseResponse, writeRequest, writeResponse } from './wire.ts';

/** The default bridge's gateway (the host as containers see it). */
export const BRIDGE_GATEWAY = '172.17.0.1';
const LOOPBACK = new Set(['localhost', '127.0.0.1', '::1', '[::1]', '0.0.0.0', 'ip6-localhost', 'ip6-loopback']);
const IPV4 = /^\d{1,3}(\.\d{1,3}){3}$/;

/** A host port forwarded to a container port (`-p 8080:80`). */
export interface Publication {
  hostIp: string;
  hostPort: number;
  containerId: string;
  containerPort: number;
}

/** A container's place on one network: its address, the names the embedded DNS answers for it there. */
export interface FabricEndpoint {
  networkId: string;
  ip: string;
  gateway: string;
  /** Container name, aliases and short ID on a user-defined network; none on the default bridge. */
  names: string[];
  /** Whether the network has an embedded DNS server (user-defined) … */
  dns: boolean;
  /** … and whether it is `--internal` (no way out to the host or beyond). */
  internal: boolean;
  /** `--link target:alias` on a user-defined network: aliases only this container resolves. */
  links?: Record<string, string>;
}

/** How a starting container joins: its network mode, its endpoints, and its /etc/hosts lookup. */
export interface AttachSpec {
  mode: 'bridge' | 'none' | 'host' | 'container';
  endpoints?: FabricEndpoint[];
  /** The container whose namespace a `container:` mode shares. */
  shareWith?: string;
  /** The address /etc/hosts gives a name (--link and --add-host entries, edits), if any. */
  hosts?: (name: string) => string | undefined;
}

// One machine's listening sockets and addresses.
class Namespace {
  readonly listeners = new Map<number, HttpHandler>();
  readonly tcp = new Map<number, TcpHandler>();
  endpoints: FabricEndpoint[] = [];
  hosts: (name: string) => string | undefined = () => undefined;
  constructor(
    readonly id: string,
    readonly mode: AttachSpec['mode'],
  ) {}
}

/** Every machine on the simulated network and the routes between them. */
export class NetworkFabric {
  private readonly host = new Namespace('host', 'host');
  private readonly containers = new Map<string, Namespace>();
  private readonly published: Publication[] = [];

  /** The learner's machine: `localhost` is itself and every published port. */
  readonly hostStack: NetworkStack = {
    listenHttp: (port, handler) => this.listen(this.host, port, handler),
    requestHttp: async (host, port, request) => this.send(this.host, this.resolveFrom(this.host, host), port, request),
    resolve: (host) => this.resolveFrom(this.host, host),
    listenTcp: (port, handler) => this.listen(this.host, port, handler, true),
    requestTcp: async (host, port, data) => this.sendTcp(this.host, host, port, data),
  };

  /** Gives a starting container its namespace (or the host's, or another container's) and returns its stack. */
  attach(containerId: string, spec: AttachSpec): NetworkStack {
    if (spec.mode === 'host') return this.hostStack;
    const shared = spec.shareWith ? this.containers.get(spec.shareWith) : undefined;
    if (shared) {
      this.containers.set(containerId, shared);
      return this.stackOf(shared);
    }
    const ns = new Namespace(containerId, spec.mode);
    ns.endpoints = spec.mode === 'bridge' ? [...(spec.endpoints ?? [])] : [];
    if (spec.hosts) ns.hosts = spec.hosts;
    this.containers.set(containerId, ns);
    return this.stackOf(ns);
  }

  /** Adds (or replaces) a running container's endpoint on a network (`docker network connect`). */
  connect(containerId: string, endpoint: FabricEndpoint): void {
    const ns = this.containers.get(containerId);
    if (!ns || ns.id !== containerId) return;
    ns.endpoints = [...ns.endpoints.filter((e) => e.networkId !== endpoint.networkId), endpoint];
  }

  /** Removes a running container's endpoint on a network (`docker network disconnect`). */
  disconnect(containerId: string, networkId: string): void {
    const ns = this.containers.get(containerId);
    if (ns && ns.id === containerId) ns.endpoints = ns.endpoints.filter((e) => e.networkId !== networkId);
  }

  /** Takes a stopped container off the network: its listeners, its addresses and its published ports. */
  detach(containerId: string): void {
    const ns = this.containers.get(containerId);
    if (ns && ns.id === containerId) ns.listeners.clear();
    this.containers.delete(containerId);
    for (let i = this.published.length - 1; i >= 0; i--) if (this.published[i].containerId === containerId) this.published.splice(i, 1);
  }

  /** Publishes host ports; throws the daemon's `port is already allocated` error when one is taken. */
  publish(publications: readonly Publication[]): void {
    for (const p of publications) {
      if (this.hostPortTaken(p.hostPort)) throw new PortAllocatedError(p.hostIp, p.hostPort);
    }
    this.published.push(...publications);
  }

  /** Whether a host port is published by a container or listened on by a host program. */
  hostPortTaken(port: number): boolean {
    return this.host.listeners.has(port) || this.published.some((p) => p.hostPort === port);
  }

  /** The first free ephemeral host port from 32768 up, as `-P` and `-p 80` get. */
  ephemeralPort(taken: ReadonlySet<number> = new Set()): number {
    let port = 32768;
    while (this.hostPortTaken(port) || taken.has(port)) port++;
    return port;
  }

  /** Where a host port leads: the container port it is published to, and whether a program listens there. */
  publication(hostPort: number): (Publication & { listening: boolean }) | undefined {
    const pub = this.published.find((p) => p.hostPort === hostPort);
    return pub && { ...pub, listening: this.containers.get(pub.containerId)?.listeners.has(pub.containerPort) ?? false };
  }

  /** The ports a container's programs are listening on now. */
  listening(containerId: string): number[] {
    return [...(this.containers.get(containerId)?.listeners.keys() ?? [])].sort((a, b) => a - b);
  }

  private stackOf(ns: Namespace): NetworkStack {
    return {
      listenHttp: (port, handler) => this.listen(ns, port, handler),
      requestHttp: async (host, port, request) => this.send(ns, this.resolveFrom(ns, host), port, request),
      resolve: (host) => this.resolveFrom(ns, host),
      listenTcp: (port, handler) => this.listen(ns, port, handler, true),
      requestTcp: async (host, port, data) => this.sendTcp(ns, host, port, data),
    };
  }

  private listen(ns: Namespace, port: number, handler: HttpHandler | TcpHandler, raw = false): () => void {
    if (ns.listeners.has(port) || ns.tcp.has(port) || (ns === this.host && this.published.some((p) => p.hostPort === port))) {
      throw new NetError('EADDRINUSE', `listen tcp 0.0.0.0:${port}: bind: address already in use`);
    }
    // A raw listener answers HTTP clients too: their request goes over the wire to it, its bytes come back as the response.
    const http: HttpHandler = raw ? async (request) => parseResponse(await (handler as TcpHandler)(writeRequest(request), '')) : (handler as HttpHandler);
    ns.listeners.set(port, http);
    if (raw) ns.tcp.set(port, handler as TcpHandler);
    return () => {
      if (ns.listeners.get(port) === http) ns.listeners.delete(port);
      if (ns.tcp.get(port) === handler) ns.tcp.delete(port);
    };
  }

  // A raw exchange: to a raw listener as is; to an HTTP server, the bytes read as a request and its response written back.
  private async sendTcp(ns: Namespace, host: string, port: number, data: Uint8Array): Promise<Uint8Array> {
    const target = this.route(ns, this.resolveFrom(ns, host), port);
    const raw = target.ns.tcp.get(target.port);
    if (raw) return raw(data, ns.endpoints[0]?.ip ?? '127.0.0.1');
    const request = parseRequest(data);
    if (!request) return writeResponse({ status: 400, headers: { 'Content-Type': 'text/html', Connection: 'close' }, body: new TextEncoder().encode('<html>\r\n<head><title>400 Bad Request</title></head>\r\n</html>\r\n') });
    return writeResponse(await target.handler(request));
  }

  // getaddrinfo as the machine does it: loopback, /etc/hosts, an address as written, then the
  // embedded DNS server (127.0.0.11) a user-defined network gives its containers. The default bridge
  // has none, so names of other containers do not resolve there, as in real Docker.
  private resolveFrom(ns: Namespace, name: string): string {
    const host = name.toLowerCase().replace(/\.$/, '');
    if (LOOPBACK.has(host)) return '127.0.0.1';
    if (ns !== this.host && (host === ns.id.slice(0, 12) || host === ns.id)) return ns.endpoints[0]?.ip || '127.0.0.1';
    const listed = ns.hosts(host);
    if (listed) return listed;
    if (IPV4.test(host)) return host;
    for (const own of ns.endpoints.filter((e) => e.dns)) {
      const target = own.links?.[host] ?? host;
      for (const other of this.namespaces()) {
        const ep = other.endpoints.find((e) => e.networkId === own.networkId && e.names.includes(target));
        if (ep) return ep.ip;
      }
    }
    throw new NetError('ENOTFOUND', `Could not resolve host: ${name}`);
  }

  private async send(ns: Namespace, ip: string, port: number, request: HttpRequest): Promise<HttpResponse> {
    const target = this.route(ns, ip, port);
    return target.handler({ ...request, remoteAddress: request.remoteAddress ?? this.peer(ns, target.ns) });
  }

  // The client's address as the server sees it: loopback on one machine, the host as its network's
  // gateway, a container by its address on the network both are on.
  private peer(from: Namespace, to: Namespace): string {
    if (from === to) return '127.0.0.1';
    if (from === this.host) return to.endpoints[0]?.gateway ?? BRIDGE_GATEWAY;
    const shared = from.endpoints.find((e) => to.endpoints.some((t) => t.networkId === e.networkId));
    return shared?.ip ?? from.endpoints[0]?.ip ?? '127.0.0.1';
  }

  // Where a connection to an address lands: the machine itself, the host (its gateway address on any
  // network it is on, and the ports it publishes), a container sharing a network with it, or nowhere
  // (other networks are isolated: packets are dropped). Throws the NetError the connect would give.
  private route(ns: Namespace, ip: string, port: number): { ns: Namespace; port: number; handler: HttpHandler } {
    if (ip === '127.0.0.1' || (ns !== this.host && ns.endpoints.some((e) => e.ip === ip))) return this.at(ns, ip, port);
    if (ns === this.host) {
      if (this.isGateway(ip)) return this.at(ns, ip, port);
      const target = this.namespaces().find((n) => n.endpoints.some((e) => e.ip === ip));
      if (target) return this.at(target, ip, port);
      throw new NetError('ETIMEDOUT', `connect to ${ip} port ${port}: Connection timed out`);
    }
    if (ns.mode === 'none' || ns.endpoints.length === 0) throw new NetError('ENETUNREACH', `connect to ${ip} port ${port}: Network is unreachable`);
    if (ns.endpoints.some((e) => e.gateway === ip && !e.internal)) return this.at(this.host, ip, port);
    const shared = new Set(ns.endpoints.map((e) => e.networkId));
    const target = this.namespaces().find((n) => n.endpoints.some((e) => e.ip === ip && shared.has(e.networkId)));
    if (target) return this.at(target, ip, port);
    if (ns.endpoints.every((e) => e.internal)) throw new NetError('ENETUNREACH', `connect to ${ip} port ${port}: Network is unreachable`);
    throw new NetError('ETIMEDOUT', `connect to ${ip} port ${port}: Connection timed out`);
  }

  // The listener on a machine's port; the host's ports include those it publishes (docker-proxy accepts
  // the connection, then drops it when nothing listens in the container).
  private at(ns: Namespace, ip: string, port: number): { ns: Namespace; port: number; handler: HttpHandler } {
    const own = ns.listeners.get(port);
    if (own) return { ns, port, handler: own };
    const pub = ns === this.host ? this.published.find((p) => p.hostPort === port) : undefined;
    if (pub) {
      const target = this.containers.get(pub.containerId);
      const handler = target?.listeners.get(pub.containerPort);
      if (!target || !handler) throw new NetError('ECONNRESET', `connection to ${ip}:${port} reset by peer`);
      return { ns: target, port: pub.containerPort, handler };
    }
    throw refused(ip, port);
  }

  private isGateway(ip: string): boolean {
    return ip === BRIDGE_GATEWAY || this.namespaces().some((n) => n.endpoints.some((e) => e.gateway === ip));
  }

  private namespaces(): Namespace[] {
    return [...new Set(this.containers.values())];
  }
}

/** dockerd's error when a host port is already published or in use. */
export class PortAllocatedError extends Error {
  constructor(
    readonly hostIp: string,
    readonly hostPort: number,
  ) {
    super(`Bind for ${hostIp}:${hostPort} failed: port is already allocated`);
  }
}

function refused(host: string, port: number): NetError {
  return new NetError('ECONNREFUSED', `connect to ${host} port ${port}: Connection refused`);
}
