// The endpoints that talk to registries: POST /auth (`docker login`), GET /images/search and
// POST /images/{name}/push, with the credentials the CLI sends base64url-encoded in X-Registry-Auth.
import type { IncomingMessage } from 'node:http';
import { type AuthRequest, type RegistryCredentials, parseNormalizedNamed, withTag } from '../../../engine/index.ts';
import { filtersParam, readJson, sendJson, sendJsonStream } from '../http-io.ts';
import type { Route } from '../router.ts';

/** POST /auth, GET /images/search, POST /images/{name}/push. */
export const registryRoutes: Route[] = [
  {
    method: 'POST',
    path: '/auth',
    handle: async ({ raw, res }, { engine }) => {
      const body = await readJson<Partial<AuthRequest>>(raw);
      const reply = await engine.registryLogin({ username: body.username ?? '', password: body.password ?? '', serveraddress: body.serveraddress ?? '' });
      sendJson(res, 200, reply);
    },
  },
  {
    method: 'GET',
    path: '/images/search',
    handle: async ({ query, res }, { engine }) => {
      const limit = query.get('limit');
      sendJson(res, 200, await engine.imageSearch({ term: query.get('term') ?? '', limit: limit ? Number(limit) : undefined, filters: filtersParam(query) }));
    },
  },
  {
    method: 'POST',
    path: '/images/{name}/push',
    handle: async (req, { engine }) => {
      const tag = req.query.get('tag') ?? '';
      let ref = parseNormalizedNamed(req.params.name);
      if (tag) ref = withTag(ref, tag);
      await sendJsonStream(req, engine.imagePush({ ref, all: !ref.tag && !ref.digest }, registryAuth(req.raw)));
    },
  },
];

/** The credentials of an X-Registry-Auth header (base64url of an AuthConfig), when it carries any. */
export function registryAuth(raw: IncomingMessage): RegistryCredentials | undefined {
  const header = raw.headers['x-registry-auth'];
  if (typeof header !== 'string' || header === '') return undefined;
  try {
    const config = JSON.parse(Buffer.from(header, 'base64url').toString('utf8')) as { username?: string; password?: string };
    return config.username ? { username: config.username, password: config.password ?? '' } : undefined;
  } catch {
    return undefined;
  }
}
