// GET|HEAD /_ping, GET /version, GET /info, GET /system/df, POST /build/prune — the calls every docker command starts with (version
// negotiation) and what `docker version` and `docker info` print about the simulated daemon.
import { versionDocument } from '../../../engine/index.ts';
import { boolParam, filtersParam, sendJson } from '../http-io.ts';
import type { Route } from '../router.ts';

// The daemon's default builder is BuildKit ("2"), as dockerd 28 on Linux advertises it.
const BUILDER_VERSION = '2';

/** `_ping`: headers the client negotiates with; HEAD has no body, GET says OK. */
export const systemRoutes: Route[] = [
  { method: 'GET', path: '/_ping', handle: ({ res }) => ping(res, true) },
  { method: 'HEAD', path: '/_ping', handle: ({ res }) => ping(res, false) },
  { method: 'GET', path: '/version', handle: ({ res }) => sendJson(res, 200, versionDocument()) },
  { method: 'GET', path: '/info', handle: ({ res }, daemon) => sendJson(res, 200, daemon.engine.systemInfo()) },
  { method: 'GET', path: '/system/df', handle: ({ res }, daemon) => sendJson(res, 200, daemon.engine.systemDf()) },
  // What `docker system prune` calls for the build cache (buildx reaches BuildKit over gRPC instead).
  { method: 'POST', path: '/build/prune', handle: async ({ query, res }, daemon) => sendJson(res, 200, await daemon.engine.buildPrune(filtersParam(query), boolParam(query, 'all'))) },
];

function ping(res: import('node:http').ServerResponse, withBody: boolean): void {
  res.setHeader('Cache-Control', 'no-cache, no-store, must-revalidate');
  res.setHeader('Pragma', 'no-cache');
  res.setHeader('Builder-Version', BUILDER_VERSION);
  res.setHeader('Swarm', 'inactive');
  res.writeHead(200, { 'Content-Type': 'text/plain; charset=utf-8', 'Content-Length': withBody ? '2' : '0' });
  res.end(withBody ? 'OK' : undefined);
}
