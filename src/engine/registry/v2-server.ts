// The Registry HTTP API v2 over a Registry object: what `registry:2` serves on its port and what the
// daemon talks to for the simulated Docker Hub's pushes. Version check, catalog, tags, manifests,
// blobs, and uploads (monolithic, chunked, and cross-repository mounts), with the API's error codes.
import { sha256Digest } from '../model/digest.ts';
import { encodeConfig } from '../model/image-config.ts';
import { encodeUtf8 } from '../../vfs/utf8.ts';
import type { HttpHandler, HttpRequest, HttpResponse } from '../../kernel/net.ts';
import { basicCredentials, type RegistryCredentials } from './auth.ts';
import { imageFromBytes, ManifestError, OCI_INDEX, OCI_MANIFEST, parseManifest } from './manifest.ts';
import type { Registry } from './registry.ts';

/** What an access check answers: go ahead, the credentials are wrong, or this user may not do that. */
export type AccessDecision = 'ok' | 'unauthorized' | 'denied';

/** Who may do what; absent, everything is allowed (registry:2 as `docker run -p 5000:5000 registry:2` starts it). */
export type AccessPolicy = (credentials: RegistryCredentials | undefined, action: 'pull' | 'push', path: string) => AccessDecision;

const NAME = '[a-z0-9]+(?:(?:[._]|__|[-]+)[a-z0-9]+)*(?:/[a-z0-9]+(?:(?:[._]|__|[-]+)[a-z0-9]+)*)*';
const ROUTES: [RegExp, string][] = [
  [new RegExp(`^/v2/(${NAME})/tags/list$`), 'tags'],
  [new RegExp(`^/v2/(${NAME})/manifests/([^/]+)$`), 'manifest'],
  [new RegExp(`^/v2/(${NAME})/blobs/uploads/?$`), 'upload-start'],
  [new RegExp(`^/v2/(${NAME})/blobs/uploads/([^/]+)$`), 'upload'],
  [new RegExp(`^/v2/(${NAME})/blobs/([^/]+)$`), 'blob'],
];

/** A Registry API v2 request handler over `registry`. */
export function registryV2Handler(registry: Registry, policy?: AccessPolicy): HttpHandler {
  const uploads = new Map<string, { path: string; parts: Uint8Array[] }>();
  let nextUpload = 0;

  const allowed = (request: HttpRequest, action: 'pull' | 'push', path: string): HttpResponse | undefined => {
    const decision = policy ? policy(basicCredentials(request.headers.authorization), action, path) : 'ok';
    if (decision === 'unauthorized') return apiError(401, 'UNAUTHORIZED', 'incorrect username or password');
    if (decision === 'denied') return apiError(403, 'DENIED', 'requested access to the resource is denied');
    return undefined;
  };

  return (request) => {
    const url = splitUrl(request.path);
    const path = url.pathname;
    const head = request.method === 'HEAD';
    if (path === '/v2/' || path === '/v2') {
      const creds = basicCredentials(request.headers.authorization);
      if (policy && creds && policy(creds, 'pull', '') === 'unauthorized') return apiError(401, 'UNAUTHORIZED', 'incorrect username or password');
      return json(200, {});
    }
    if (path === '/v2/_catalog') return json(200, { repositories: [...registry.pushed.keys()].sort() });
    for (const [pattern, route] of ROUTES) {
      const m = pattern.exec(path);
      if (!m) continue;
      const [, name, arg] = m;
      const write = request.method === 'PUT' || request.method === 'POST' || request.method === 'PATCH' || request.method === 'DELETE';
      const refused = allowed(request, write ? 'push' : 'pull', name);
      if (refused) return refused;
      switch (route) {
        case 'tags':
          if (!registry.hasRepository(name)) return apiError(404, 'NAME_UNKNOWN', 'repository name not known to registry');
          return json(200, { name, tags: registry.tagsOf(name) });
        case 'manifest':
          return request.method === 'PUT' ? putManifest(registry, name, arg, request.body) : getManifest(registry, name, arg, head);
        case 'blob': {
          const bytes = repositoryBlob(registry, name, arg);
          if (!bytes) return apiError(404, 'BLOB_UNKNOWN', 'blob unknown to registry', head);
          return { status: 200, headers: { 'content-type': 'application/octet-stream', 'docker-content-digest': arg, 'content-length': String(bytes.length) }, body: head ? new Uint8Array() : bytes };
        }
        case 'upload-start': {
          const mount = url.searchParams.get('mount');
          const from = url.searchParams.get('from');
          if (mount && from && repositoryBlob(registry, from, mount) && !allowed(request, 'pull', from)) {
            registry.blobs.set(mount, repositoryBlob(registry, from, mount)!);
            link(registry, name, mount);
            return created(`/v2/${name}/blobs/${mount}`, mount);
          }
          const digest = url.searchParams.get('digest');
          if (digest) return finishUpload(registry, name, digest, [request.body]);
          const id = `upload-${++nextUpload}`;
          uploads.set(id, { path: name, parts: [] });
          return { status: 202, headers: { location: `/v2/${name}/blobs/uploads/${id}`, 'docker-upload-uuid': id, range: '0-0' }, body: new Uint8Array() };
        }
        case 'upload': {
          const upload = uploads.get(arg);
          if (!upload || upload.path !== name) return apiError(404, 'BLOB_UPLOAD_UNKNOWN', 'blob upload unknown to registry');
          if (request.body.length) upload.parts.push(request.body);
          if (request.method === 'PATCH') return { status: 202, headers: { location: `/v2/${name}/blobs/uploads/${arg}`, 'docker-upload-uuid': arg }, body: new Uint8Array() };
          if (request.method === 'DELETE') {
            uploads.delete(arg);
            return { status: 204, headers: {}, body: new Uint8Array() };
          }
          const digest = url.searchParams.get('digest');
          if (request.method !== 'PUT' || !digest) return apiError(400, 'DIGEST_INVALID', 'provided digest did not match uploaded content');
          uploads.delete(arg);
          return finishUpload(registry, name, digest, upload.parts);
        }
      }
    }
    return apiError(404, 'UNSUPPORTED', 'The operation is unsupported.');
  };
}

// The path and query of a request target (no URL class in the DOM-free engine build).
function splitUrl(target: string): { pathname: string; searchParams: Map<string, string> } {
  const q = target.indexOf('?');
  const searchParams = new Map<string, string>();
  if (q >= 0) {
    for (const pair of target.slice(q + 1).split('&')) {
      if (!pair) continue;
      const eq = pair.indexOf('=');
      const key = decodeURIComponent(eq < 0 ? pair : pair.slice(0, eq));
      if (!searchParams.has(key)) searchParams.set(key, eq < 0 ? '' : decodeURIComponent(pair.slice(eq + 1)));
    }
  }
  return { pathname: q >= 0 ? target.slice(0, q) : target, searchParams };
}

function finishUpload(registry: Registry, name: string, digest: string, parts: Uint8Array[]): HttpResponse {
  const bytes = concatParts(parts);
  if (sha256Digest(bytes) !== digest) return apiError(400, 'DIGEST_INVALID', 'provided digest did not match uploaded content');
  registry.blobs.set(digest, bytes);
  link(registry, name, digest);
  return created(`/v2/${name}/blobs/${digest}`, digest);
}

function getManifest(registry: Registry, name: string, ref: string, head: boolean): HttpResponse {
  if (!registry.hasRepository(name)) return apiError(404, 'NAME_UNKNOWN', 'repository name not known to registry', head);
  const image = ref.startsWith('sha256:') ? registry.resolveDigest(name, ref) : registry.resolveTag(name, ref);
  const digest = image ? (ref.startsWith('sha256:') ? ref : image.digest) : undefined;
  // Pushed manifests keep the bytes the client sent; seeded ones carry the bytes materialize wrote.
  const seeded = image && (image.isIndex ? image.bytes : image.manifests.find((m) => m.digest === digest)?.bytes);
  const bytes = digest ? (registry.manifestBlobs.get(digest) ?? seeded) : undefined;
  if (!bytes || !digest) return apiError(404, 'MANIFEST_UNKNOWN', 'manifest unknown', head);
  const mediaType = parseManifest(bytes).manifests ? OCI_INDEX : OCI_MANIFEST;
  return { status: 200, headers: { 'content-type': mediaType, 'docker-content-digest': digest, 'content-length': String(bytes.length) }, body: head ? new Uint8Array() : bytes };
}

function putManifest(registry: Registry, name: string, ref: string, body: Uint8Array): HttpResponse {
  const blob = (digest: string) => repositoryBlob(registry, name, digest);
  const child = (digest: string) => registry.manifestBlobs.get(digest);
  let image;
  try {
    image = imageFromBytes(body, blob, child);
  } catch (error) {
    if (error instanceof ManifestError) return apiError(400, error.code, error.message);
    throw error;
  }
  registry.manifestBlobs.set(image.digest, body);
  if (!ref.startsWith('sha256:')) {
    let tags = registry.pushed.get(name);
    if (!tags) registry.pushed.set(name, (tags = new Map()));
    tags.set(ref, image);
  } else if (!registry.pushed.has(name)) {
    registry.pushed.set(name, new Map());
  }
  return created(`/v2/${name}/manifests/${image.digest}`, image.digest);
}

/** A blob as a repository serves it: uploaded or mounted there, part of a pushed image, or of a seeded one. */
export function repositoryBlob(registry: Registry, name: string, digest: string): Uint8Array | undefined {
  if (registry.links.get(name)?.has(digest)) return registry.blobs.get(digest);
  if (!registry.hasRepository(name)) return undefined;
  for (const tag of registry.tagsOf(name)) {
    for (const manifest of registry.resolveTag(name, tag)?.manifests ?? []) {
      if (manifest.configDigest === digest) return encodeConfig(manifest.config);
      const layer = manifest.layers.find((l) => l.digest === digest);
      if (layer) return layer.blob;
    }
  }
  return undefined;
}

function link(registry: Registry, name: string, digest: string): void {
  let set = registry.links.get(name);
  if (!set) registry.links.set(name, (set = new Set()));
  set.add(digest);
}

function concatParts(parts: Uint8Array[]): Uint8Array {
  if (parts.length === 1) return parts[0];
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

function created(location: string, digest: string): HttpResponse {
  return { status: 201, headers: { location, 'docker-content-digest': digest, 'content-length': '0' }, body: new Uint8Array() };
}

function json(status: number, value: unknown): HttpResponse {
  return { status, headers: { 'content-type': 'application/json; charset=utf-8', 'docker-distribution-api-version': 'registry/2.0' }, body: encodeUtf8(JSON.stringify(value) + '\n') };
}

function apiError(status: number, code: string, message: string, head = false): HttpResponse {
  const response = json(status, { errors: [{ code, message, detail: null }] });
  return head ? { ...response, body: new Uint8Array() } : response;
}
