// Images as tar archives: GET /images/get (`docker save`), POST /images/load (`docker load`) and
// POST /images/create?fromSrc=- (`docker import`, body is the tarball).
import { boolParam, readBody, sendJsonStream } from '../http-io.ts';
import type { Route } from '../router.ts';

/** GET /images/get, POST /images/load. */
export const imageArchiveRoutes: Route[] = [
  {
    method: 'GET',
    path: '/images/get',
    handle: ({ query, res }, { engine }) => {
      const tar = engine.imagesGet(query.getAll('names'));
      res.writeHead(200, { 'Content-Type': 'application/x-tar' });
      res.end(tar);
    },
  },
  {
    method: 'POST',
    path: '/images/load',
    handle: async (req, { engine }) => {
      const archive = new Uint8Array(await readBody(req.raw));
      await sendJsonStream(req, engine.imagesLoad(archive, boolParam(req.query, 'quiet')));
    },
  },
];
