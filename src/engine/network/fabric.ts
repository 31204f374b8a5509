// The simulated network: one listener table per machine (the host, each running container), the
// default bridge 172.17.0.0/16 with addresses handed out in order, and the host ports docker publishes.
import { NetError, type HttpHandler, type HttpRequest, type HttpResponse, type NetworkStack } from '../../kernel/net.ts';

/** The default bridge's gateway (the host as containers see it). */
export const BRIDGE_GATEWAY = '172.17.0.1';
const LOOPBACK = new Set(['localhost', '127.0.0.1', '::1', '[::1]', '0.0.0.0']);

/** A host port forwarded to a container port (`-p 8080:80`). */
export interface Publication {
  hostIp: string;
  hostPort: number;
  containerId: string;
  containerPort: number;
}

// One machine's listening sockets.
class Namespace {
  readonly listeners = new Map<number, HttpHandler>();
  constructor(
    readonly id: string,
    readonly network: 'bridge' | 'none' | 'host',
    public ip = '',
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
    requestHttp: (host, port, request) => this.fromHost(host, port, request),
  };

  /** Gives a starting container its namespace: an address on the bridge, or none for `--network none`. */
  attach(containerId: string, network: 'bridge' | 'none' | 'host'): { stack: NetworkStack; ip: string } {
    const ns = new Namespace(containerId, network);
    if (network === 'bridge') ns.ip = this.nextAddress();
    this.containers.set(containerId, ns);
    const stack: NetworkStack =
      network === 'host'
        ? this.hostStack
        : {
            listenHttp: (port, handler) => this.listen(ns, port, handler),
            requestHttp: (host, port, request) => this.fromContainer(ns, host, port, request),
          };
    return { stack, ip: ns.ip };
  }

  /** Takes a stopped container off the network: its listeners, its address and its published ports. */
  detach(containerId: string): void {
    this.containers.get(containerId)?.listeners.clear();
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

  private listen(ns: Namespace, port: number, handler: HttpHandler): () => void {
    if (ns.listeners.has(port) || (ns === this.host && this.published.some((p) => p.hostPort === port))) {
      throw new NetError('EADDRINUSE', `listen tcp 0.0.0.0:${port}: bind: address already in use`);
    }
    ns.listeners.set(port, handler);
    return () => {
      if (ns.listeners.get(port) === handler) ns.listeners.delete(port);
    };
  }

  private nextAddress(): string {
    const used = new Set([...this.containers.values()].map((ns) => ns.ip));
    for (let n = 2; n < 65535; n++) {
      const ip = `172.17.${Math.floor(n / 256)}.${n % 256}`;
      if (!used.has(ip)) return ip;
    }
    throw new Error('bridge address space exhausted');
  }

  private async fromHost(host: string, port: number, request: HttpRequest): Promise<HttpResponse> {
    if (LOOPBACK.has(host) || host === BRIDGE_GATEWAY) {
      const own = this.host.listeners.get(port);
      if (own) return own(request);
      const pub = this.published.find((p) => p.hostPort === port);
      if (pub) {
        // docker-proxy accepts the connection, then drops it when nothing listens in the container.
        const handler = this.containers.get(pub.containerId)?.listeners.get(pub.containerPort);
        if (!handler) throw new NetError('ECONNRESET', `connection to ${host}:${port} reset by peer`);
        return handler(request);
      }
      throw refused(host, port);
    }
    const target = this.byAddress(host);
    if (target) return this.deliver(target, host, port, request);
    throw new NetError('ENOTFOUND', `Could not resolve host: ${host}`);
  }

  private async fromContainer(ns: Namespace, host: string, port: number, request: HttpRequest): Promise<HttpResponse> {
    if (LOOPBACK.has(host) || host === ns.id.slice(0, 12) || (ns.ip !== '' && host === ns.ip)) return this.deliver(ns, host, port, request);
    if (ns.network === 'none') throw new NetError(/^[\d.]+$/.test(host) ? 'ENETUNREACH' : 'ENOTFOUND', `Could not resolve host: ${host}`);
    if (host === BRIDGE_GATEWAY) {
      const own = this.host.listeners.get(port);
      if (own) return own(request);
      const pub = this.published.find((p) => p.hostPort === port);
      const handler = pub ? this.containers.get(pub.containerId)?.listeners.get(pub.containerPort) : undefined;
      if (handler) return handler(request);
      throw refused(host, port);
    }
    const target = this.byAddress(host);
    if (target) return this.deliver(target, host, port, request);
    // On the default bridge there is no embedded DNS: container names do not resolve.
    throw new NetError('ENOTFOUND', `Could not resolve host: ${host}`);
  }

  private byAddress(ip: string): Namespace | undefined {
    return [...this.containers.values()].find((ns) => ns.ip !== '' && ns.ip === ip);
  }

  private async deliver(ns: Namespace, host: string, port: number, request: HttpRequest): Promise<HttpResponse> {
    const handler = ns.listeners.get(port);
    if (!handler) throw refused(host, port);
    return handler(request);
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
