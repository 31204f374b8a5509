// POST /build: `docker build` without buildx, which uses the classic builder API (`version=1`): the
// context tar as the body, the options in the query (t, dockerfile, buildargs, labels, target,
// nocache, pull, q, platform, rm, forcerm), and the classic builder's JSON-message stream back.
import { type BuildRequest, type ClassicMessage, DockerfileParseError, InstructionError, canonicalName, normalizeReference } from '../../../engine/index.ts';
import { ApiError, boolParam, readBody, sendJsonStream, type ApiRequest } from '../http-io.ts';
import type { ApiDaemon, Route } from '../router.ts';
import { unpackContext } from '../build-context.ts';

/** POST /build. */
export const buildRoutes: Route[] = [{ method: 'POST', path: '/build', handle: postBuild }];

async function postBuild(req: ApiRequest, { engine }: ApiDaemon): Promise<void> {
  const { query } = req;
  if (query.get('version') === '2') throw new ApiError(501, 'BuildKit builds (version=2) need a buildx session, which the simulator does not serve; build with DOCKER_BUILDKIT=0');
  if (query.get('remote')) throw new ApiError(501, 'building from a remote context is not supported by the simulator');
  const tags = query.getAll('t').map((t) => {
    try {
      return canonicalName(normalizeReference(t));
    } catch (error) {
      throw new ApiError(400, error instanceof Error ? error.message : String(error));
    }
  });
  const dockerfileName = query.get('dockerfile') || 'Dockerfile';
  const context = unpackContext(new Uint8Array(await readBody(req.raw)), dockerfileName);
  const target = query.get('target') || undefined;
  const request: BuildRequest = {
    context: context.tree,
    dockerfile: context.dockerfile,
    dockerfileName: dockerfileName.split('/').pop() ?? dockerfileName,
    tags,
    buildArgs: new Map(Object.entries(jsonParam(query, 'buildargs')).filter((e): e is [string, string] => typeof e[1] === 'string')),
    labels: Object.fromEntries(Object.entries(jsonParam(query, 'labels')).map(([k, v]) => [k, String(v ?? '')])),
    target,
    noCache: boolParam(query, 'nocache'),
    pull: boolParam(query, 'pull'),
    platform: query.get('platform') || undefined,
  };
  const remove = query.has('rm') ? boolParam(query, 'rm') : true;
  let messages: AsyncGenerator<ClassicMessage>;
  await engine.preload(); // the builder parses before the stream starts, so a bad Dockerfile is a 400
  try {
    messages = engine.imageBuildClassic(request, { remove, forceRemove: boolParam(query, 'forcerm') });
  } catch (error) {
    if (error instanceof DockerfileParseError) throw new ApiError(400, error.message);
    if (error instanceof InstructionError) throw new ApiError(400, error.buildMessage);
    throw error;
  }
  await sendJsonStream(req, boolParam(query, 'q') ? quiet(messages) : messages);
}

// `q`: the steps go to a buffer the daemon sends only when the build fails; on success the stream
// holds just the image ID.
async function* quiet(messages: AsyncGenerator<ClassicMessage>): AsyncGenerator<ClassicMessage> {
  const buffered: ClassicMessage[] = [];
  let id = '';
  for await (const message of messages) {
    if (message.errorDetail) {
      yield* buffered;
      yield message;
      return;
    }
    if (message.aux && typeof message.aux.ID === 'string') id = message.aux.ID;
    buffered.push(message);
  }
  yield { stream: `${id}\n` };
}

function jsonParam(query: URLSearchParams, key: string): Record<string, unknown> {
  const text = query.get(key);
  if (!text) return {};
  try {
    const value: unknown = JSON.parse(text);
    if (value && typeof value === 'object' && !Array.isArray(value)) return value as Record<string, unknown>;
  } catch {
    // reported below
  }
  throw new ApiError(400, `invalid ${key} parameter: ${text}`);
}
