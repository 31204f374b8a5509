// POST /images/create: `docker pull` (fromImage, tag, platform) — the reference resolves (or fails
// with an HTTP error) before the first progress message, then the JSON-message stream — and
// `docker import` (fromSrc=- with the tarball as the body).
import { parseNormalizedNamed, withDigest, withTag } from '../../../engine/index.ts';
import { ApiError, readBody, sendJsonStream, type ApiRequest } from '../http-io.ts';
import type { ApiDaemon, Route } from '../router.ts';

/** POST /images/create. */
export const pullRoutes: Route[] = [
  {
    method: 'POST',
    path: '/images/create',
    handle: async (req, daemon) => {
      if (req.query.has('fromSrc')) return importImage(req, daemon);
      const from = req.query.get('fromImage') ?? '';
      let ref = parseNormalizedNamed(from);
      const tag = req.query.get('tag') ?? '';
      // The client sends a digest in `tag` too (`docker pull alpine@sha256:…`); no tag means every tag.
      if (tag) ref = tag.includes(':') ? withDigest(ref, tag) : withTag(ref, tag);
      const platform = req.query.get('platform') || undefined;
      await sendJsonStream(req, daemon.engine.imageCreate({ ref, platform }));
    },
  },
];

async function importImage(req: ApiRequest, { engine }: ApiDaemon): Promise<void> {
  const { query } = req;
  if (query.get('fromSrc') !== '-') throw new ApiError(501, 'importing from a URL is not supported by the simulator');
  const tar = new Uint8Array(await readBody(req.raw));
  const options = { message: query.get('message') ?? undefined, changes: query.getAll('changes'), platform: query.get('platform') || undefined };
  const id = engine.imageImport(tar, options, query.get('repo') ?? '', query.get('tag') ?? '');
  await sendJsonStream(req, [{ status: id }]);
}
