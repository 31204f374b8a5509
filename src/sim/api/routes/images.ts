// The image endpoints dockerd serves from its image store: list, inspect, history, tag, remove, prune.
import { imageInspectRecord } from '../../../format/image/inspect.ts';
import { encodeGoJson } from '../../../format/go/record.ts';
import { boolParam, filtersParam, sendEmpty, sendJson, sendJsonText } from '../http-io.ts';
import type { Route } from '../router.ts';

/** GET /images/json, /images/{name}/json, /images/{name}/history; POST /images/{name}/tag, /images/prune; DELETE /images/{name}. */
export const imageRoutes: Route[] = [
  {
    method: 'GET',
    path: '/images/json',
    handle: ({ query, res }, { engine }) => sendJson(res, 200, engine.imageList({ all: boolParam(query, 'all'), filters: filtersParam(query) })),
  },
  {
    method: 'GET',
    path: '/images/{name}/json',
    // The CLI indents the daemon's bytes as they are, so the document keeps Go's field order and omissions.
    handle: ({ params, res }, { engine }) => sendJsonText(res, 200, encodeGoJson(imageInspectRecord(engine.imageInspect(params.name)))),
  },
  {
    method: 'GET',
    path: '/images/{name}/history',
    handle: ({ params, res }, { engine }) => sendJson(res, 200, engine.imageHistory(params.name)),
  },
  {
    method: 'POST',
    path: '/images/{name}/tag',
    handle: ({ params, query, res }, { engine }) => {
      engine.imageTag(params.name, query.get('repo') ?? '', query.get('tag') ?? '');
      sendEmpty(res, 201);
    },
  },
  {
    method: 'DELETE',
    path: '/images/{name}',
    handle: ({ params, query, res }, { engine }) =>
      sendJson(res, 200, engine.imageDelete(params.name, { force: boolParam(query, 'force'), noPrune: boolParam(query, 'noprune') })),
  },
  {
    method: 'POST',
    path: '/images/prune',
    handle: ({ query, res }, { engine }) => sendJson(res, 200, engine.imagesPrune(filtersParam(query))),
  },
];
