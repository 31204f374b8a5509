// The simulated network as programs see it: HTTP over TCP ports, enough for `curl localhost:8080`,
// nginx serving its welcome page, and `registry:2` answering `docker push localhost:5000/app`.
// A neutral contract: the engine implements it (network/fabric) and the shell's programs use it.
import type { Vfs } from '../vfs/vfs.ts';

/** An HTTP request as a server program receives it. */
export interface HttpRequest {
  method: string;
  /** Path and query, e.g. `/v2/` or `/index.html?x=1`. */
  path: string;
  /** Lower-case header names. */
  headers: Record<string, string>;
  body: Uint8Array;
  /** The client's address as the server sees it (nginx's $remote_addr); set by the network. */
  remoteAddress?: string;
}

/** What a server program answers. */
export interface HttpResponse {
  status: number;
  statusText?: string;
  headers: Record<string, string>;
  body: Uint8Array;
}

/** A server program's request handler. */
export type HttpHandler = (request: HttpRequest) => HttpResponse | Promise<HttpResponse>;

/**
 * A raw TCP server (`nc -l`): gets the whole of what one client sent and the client's address, and
 * answers with the bytes to send back before the connection closes.
 */
export type TcpHandler = (data: Uint8Array, peer: string) => Promise<Uint8Array>;

/** Why a connection or a listen failed, with the errno name the real call would give. */
export class NetError extends Error {
  constructor(
    readonly code: 'ECONNREFUSED' | 'ENOTFOUND' | 'EADDRINUSE' | 'ETIMEDOUT' | 'ENETUNREACH' | 'ECONNRESET',
    message: string,
  ) {
    super(message);
    this.name = 'NetError';
  }
}

/** One machine's view of the network: the host's, or a container's own namespace on the bridge. */
export interface NetworkStack {
  /** Listens on a TCP port of this machine; returns a function that stops listening. Throws NetError EADDRINUSE. */
  listenHttp(port: number, handler: HttpHandler): () => void;
  /**
   * Sends a request to host:port as this machine sees it: `localhost` is itself; from the host, a
   * published port; from a container, other containers by name or IP on the same network.
   * Throws NetError ECONNREFUSED (nothing listens) or ENOTFOUND (no such host).
   */
  requestHttp(host: string, port: number, request: HttpRequest): Promise<HttpResponse>;
  /**
   * The IPv4 address a name resolves to from this machine (loopback, /etc/hosts, the embedded DNS
   * server on user-defined networks); throws NetError ENOTFOUND. Absent on stacks that cannot tell.
   */
  resolve?(host: string): string;
  /** Listens for raw TCP on a port (one exchange per connection); throws NetError EADDRINUSE. Absent where unsupported. */
  listenTcp?(port: number, handler: TcpHandler): () => void;
  /** Connects to host:port, sends `data`, and resolves with what the server sent back; an HTTP server
   *  reads the bytes as a request and answers on the wire. Throws NetError as requestHttp does. */
  requestTcp?(host: string, port: number, data: Uint8Array): Promise<Uint8Array>;
}

/**
 * Builds the Registry API handler a `registry` process serves on its port. The engine supplies it
 * (the shell may not import the engine); `machine` is the container's filesystem, so a restarted
 * container keeps what was pushed to it; `host` is the address the registry answers as.
 */
export type RegistryHandlerFactory = (machine: Vfs, host: string) => HttpHandler;

/** `net` as a process sees it, telling `onListen` when the process listens: a server's first blocking
 *  point (it waits for connections from there on), for the daemon's turns and a shell's jobs. */
export function announcingListens(net: NetworkStack, onListen: () => void): NetworkStack {
  return {
    listenHttp(port, handler) {
      const stop = net.listenHttp(port, handler);
      onListen();
      return stop;
    },
    requestHttp: (host, port, request) => net.requestHttp(host, port, request),
    ...(net.resolve ? { resolve: (host: string) => net.resolve!(host) } : {}),
    ...(net.listenTcp
      ? {
          listenTcp(port: number, handler: TcpHandler) {
            const stop = net.listenTcp!(port, handler);
            onListen();
            return stop;
          },
        }
      : {}),
    ...(net.requestTcp ? { requestTcp: (host: string, port: number, data: Uint8Array) => net.requestTcp!(host, port, data) } : {}),
  };
}
