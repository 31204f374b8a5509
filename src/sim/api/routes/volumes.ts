// Volumes: POST /volumes/create, GET /volumes, GET|DELETE /volumes/{name}, POST /volumes/prune.
import { ApiError, boolParam, filtersParam, readJson, sendEmpty, sendJson } from '../http-io.ts';
import { compareVersions, type Route } from '../router.ts';

interface VolumeCreateBody {
  Name?: string;
  Driver?: string;
  DriverOpts?: Record<string, string> | null;
  Labels?: Record<string, string> | null;
}

/** The volume endpoints. */
export const volumeRoutes: Route[] = [
  {
    method: 'POST',
    path: '/volumes/create',
    handle: async ({ raw, res }, { engine }) => {
      const body = await readJson<VolumeCreateBody>(raw);
      if (body.Driver && body.Driver !== 'local') throw new ApiError(404, `error looking up volume plugin ${body.Driver}: plugin "${body.Driver}" not found`);
      sendJson(res, 201, engine.volumeCreate(body.Name ?? '', body.Labels ?? {}, body.DriverOpts ?? {}));
    },
  },
  {
    method: 'GET',
    path: '/volumes',
    handle: ({ query, res }, { engine }) => {
      if (Object.keys(filtersParam(query)).length > 0) throw new ApiError(501, 'volume list filters are not supported by the simulator');
      sendJson(res, 200, { Volumes: engine.volumeList(), Warnings: null });
    },
  },
  {
    method: 'GET',
    path: '/volumes/{name}',
    handle: ({ params, res }, { engine }) => sendJson(res, 200, engine.volumeInspect(params.name)),
  },
  {
    method: 'DELETE',
    path: '/volumes/{name}',
    handle: ({ params, query, res }, { engine }) => {
      engine.volumeRemove(params.name, boolParam(query, 'force'));
      sendEmpty(res, 204);
    },
  },
  {
    method: 'POST',
    path: '/volumes/prune',
    handle: ({ query, res, version }, { engine }) => {
      const filters = filtersParam(query);
      // Before API 1.42 a prune took every unused volume, not just anonymous ones (postVolumesPrune).
      if (compareVersions(version, '1.42') < 0) (filters.all ??= []).push('true');
      sendJson(res, 200, engine.volumesPrune(filters));
    },
  },
];
