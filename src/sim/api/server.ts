// The Docker EngineApi API over node:http, on a unix socket or a local TCP port: what `npm run sim --
// --listen` serves, so the real docker CLI can drive the simulated daemon.
import { createServer, type Server } from 'node:http';
import { existsSync, unlinkSync } from 'node:fs';
import type { EngineApi } from '../../engine/index.ts';
import { commonHeaders, sendError, type ApiRequest } from './http-io.ts';
import { Router, splitVersion, type ApiDaemon, type HijackRoute } from './router.ts';
import { allRoutes, hijackRoutes } from './routes/index.ts';
import { ContainerStreams } from './container-streams.ts';
import { writeSocketError } from './hijack-io.ts';
import type { ListenAddress } from './listen-address.ts';

/** A running API server. */
export interface ApiServer {
  /** Where it listens; a tcp port of 0 is replaced by the port the system chose. */
  address: ListenAddress;
  /** Stops accepting, ends open connections and removes the socket file. */
  close(): Promise<void>;
}

/** Options for tests and tooling: `log` sees each request line. */
export interface ApiServerOptions {
  log?: (line: string) => void;
}

/** Serves `engine` at `address` until `close`. */
export async function startApiServer(engine: EngineApi, address: ListenAddress, options: ApiServerOptions = {}): Promise<ApiServer> {
  const router = new Router(allRoutes);
  const hijackRouter = new Router<HijackRoute>(hijackRoutes);
  const daemon: ApiDaemon = { engine, streams: new ContainerStreams() };
  const server = createServer((raw, res) => {
    const url = new URL(raw.url ?? '/', 'http://docker');
    options.log?.(`${raw.method} ${url.pathname}${url.search}`);
    commonHeaders(res);
    void (async () => {
      try {
        const { version, path } = splitVersion(url.pathname);
        const { route, params } = router.match(raw.method ?? 'GET', path);
        const req: ApiRequest = { method: raw.method ?? 'GET', path, params, query: url.searchParams, version, headers: raw.headers, raw, res };
        await engine.preload(); // the daemon's lazy parts, before any endpoint runs
        await route.handle(req, daemon);
      } catch (error) {
        sendError(res, error);
      }
    })();
  });
  // attach and exec start arrive with `Upgrade: tcp` and take the connection over.
  const hijacked = new Set<import('node:stream').Duplex>();
  server.on('upgrade', (raw, socket, head) => {
    hijacked.add(socket);
    socket.on('close', () => hijacked.delete(socket));
    const url = new URL(raw.url ?? '/', 'http://docker');
    options.log?.(`${raw.method} ${url.pathname}${url.search} (upgrade)`);
    socket.on('error', () => socket.destroy());
    void (async () => {
      try {
        const { path } = splitVersion(url.pathname);
        const { route, params } = hijackRouter.match(raw.method ?? 'POST', path);
        await route.hijack({ params, query: url.searchParams, raw, socket, head }, daemon);
      } catch (error) {
        if (!socket.destroyed) writeSocketError(socket, error);
      }
    })();
  });
  // A daemon answers long streams (logs -f, attach); do not time them out.
  server.requestTimeout = 0;
  server.keepAliveTimeout = 5000;

  if (address.kind === 'unix' && existsSync(address.path)) unlinkSync(address.path);
  await listen(server, address);
  const bound = address.kind === 'tcp' ? { ...address, port: tcpPort(server) } : address;
  return {
    address: bound,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => {
          if (bound.kind === 'unix' && existsSync(bound.path)) unlinkSync(bound.path);
          resolve();
        });
        server.closeAllConnections();
        for (const socket of hijacked) socket.destroy();
      }),
  };
}

function listen(server: Server, address: ListenAddress): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    const done = () => {
      server.off('error', reject);
      resolve();
    };
    if (address.kind === 'unix') server.listen(address.path, done);
    else server.listen(address.port, address.host, done);
  });
}

function tcpPort(server: Server): number {
  const info = server.address();
  return info && typeof info === 'object' ? info.port : 0;
}
