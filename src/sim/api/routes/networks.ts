// Networks: GET /networks, GET|DELETE /networks/{id}, POST /networks/create, /networks/prune,
// /networks/{id}/connect and /networks/{id}/disconnect, over the engine's network endpoints.
import type { EndpointRequest, NetworkCreateRequest } from '../../../engine/index.ts';
import { filtersParam, readJson, sendEmpty, sendJson } from '../http-io.ts';
import type { Route } from '../router.ts';

/** The network endpoints the CLI's `docker network …` and `inspect` use. */
export const networkRoutes: Route[] = [
  { method: 'GET', path: '/networks', handle: ({ query, res }, { engine }) => sendJson(res, 200, engine.networkList(filtersParam(query))) },
  { method: 'GET', path: '/networks/{id}', handle: ({ params, res }, { engine }) => sendJson(res, 200, engine.networkInspect(params.id)) },
  {
    method: 'POST',
    path: '/networks/create',
    handle: async ({ raw, res }, { engine }) => sendJson(res, 201, engine.networkCreate(await readJson<NetworkCreateRequest>(raw))),
  },
  {
    method: 'DELETE',
    path: '/networks/{id}',
    handle: ({ params, res }, { engine }) => {
      engine.networkRemove(params.id);
      sendEmpty(res, 204);
    },
  },
  { method: 'POST', path: '/networks/prune', handle: ({ query, res }, { engine }) => sendJson(res, 200, engine.networksPrune(filtersParam(query))) },
  {
    method: 'POST',
    path: '/networks/{id}/connect',
    handle: async ({ params, raw, res }, { engine }) => {
      const body = await readJson<{ Container: string; EndpointConfig?: EndpointRequest | null }>(raw);
      engine.networkConnect(params.id, body.Container, body.EndpointConfig ?? {});
      sendEmpty(res, 200);
    },
  },
  {
    method: 'POST',
    path: '/networks/{id}/disconnect',
    handle: async ({ params, raw, res }, { engine }) => {
      const body = await readJson<{ Container: string; Force?: boolean }>(raw);
      engine.networkDisconnect(params.id, body.Container);
      sendEmpty(res, 200);
    },
  },
];
