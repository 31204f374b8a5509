// The daemon's side of the Registry HTTP API v2, over whatever carries HTTP to `host:port` (the
// session's host network for `localhost:5000`, or the Hub's handler in-process). Failures become
// the error texts dockerd prints: Go's `Get "http://localhost:5000/v2/": dial tcp …` for the network,
// `code: message` (`manifest unknown: manifest unknown`) for the registry's own errors.
import { sha256Digest } from '../model/digest.ts';
import { decodeUtf8 } from '../../vfs/utf8.ts';
import { NetError, type HttpRequest, type HttpResponse } from '../../kernel/net.ts';
import { basicHeader, type RegistryCredentials } from './auth.ts';
import { imageFromBytes, OCI_INDEX, OCI_MANIFEST } from './manifest.ts';
import type { RegistryImage } from './types.ts';

/** Sends one HTTP request to host:port (NetworkStack.requestHttp's shape); throws NetError. */
export type RegistryTransport = (host: string, port: number, request: HttpRequest) => Promise<HttpResponse>;

/** A failed registry call, with the message dockerd shows and the API error code when there was one. */
export class RegistryRequestError extends Error {
  constructor(
    message: string,
    readonly code: string,
    readonly status: number,
  ) {
    super(message);
  }
}

/** The scheme dockerd uses for a registry host: plain HTTP for loopback (an insecure registry by default). */
export function registryScheme(domain: string): 'http' | 'https' {
  const host = splitHostPort(domain).host;
  return host === 'localhost' || host.startsWith('127.') || host === '[::1]' || host === '::1' ? 'http' : 'https';
}

/** A registry reached over HTTP: the calls pulls and pushes make. */
export class RegistryHttpClient {
  constructor(
    readonly domain: string,
    private readonly transport: RegistryTransport,
    private readonly credentials?: RegistryCredentials,
  ) {}

  /** GET /v2/ — is anyone there, and are the credentials good. */
  async ping(): Promise<void> {
    const response = await this.request('GET', '/v2/');
    if (response.status !== 200) throw this.failure(response);
  }

  /** The manifest or index bytes for a tag or digest, or undefined when the registry does not know it. */
  async manifest(path: string, ref: string): Promise<{ bytes: Uint8Array; digest: string } | undefined> {
    const response = await this.request('GET', `/v2/${path}/manifests/${ref}`, undefined, { accept: `${OCI_MANIFEST}, ${OCI_INDEX}` });
    if (response.status === 404) return undefined;
    if (response.status !== 200) throw this.failure(response);
    return { bytes: response.body, digest: response.headers['docker-content-digest'] ?? sha256Digest(response.body) };
  }

  /** A whole image (every platform's manifest, config and layers) for a tag or digest; undefined when unknown. */
  async image(path: string, ref: string): Promise<RegistryImage | undefined> {
    const top = await this.manifest(path, ref);
    if (!top) return undefined;
    const blobs = new Map<string, Uint8Array>();
    const children = new Map<string, Uint8Array>();
    const fetchAll = async (bytes: Uint8Array) => {
      const json = JSON.parse(decodeUtf8(bytes)) as { config?: { digest: string }; layers?: { digest: string }[]; manifests?: { digest: string }[] };
      for (const child of json.manifests ?? []) {
        const got = await this.manifest(path, child.digest);
        if (got) {
          children.set(child.digest, got.bytes);
          await fetchAll(got.bytes);
        }
      }
      for (const d of [json.config?.digest, ...(json.layers ?? []).map((l) => l.digest)]) {
        if (d && !blobs.has(d)) blobs.set(d, await this.blob(path, d));
      }
    };
    await fetchAll(top.bytes);
    return imageFromBytes(top.bytes, (d) => blobs.get(d), (d) => children.get(d));
  }

  /** The tags of a repository, or undefined when the registry does not know it. */
  async tags(path: string): Promise<string[] | undefined> {
    const response = await this.request('GET', `/v2/${path}/tags/list`);
    if (response.status === 404) return undefined;
    if (response.status !== 200) throw this.failure(response);
    return (JSON.parse(decodeUtf8(response.body)) as { tags: string[] | null }).tags ?? [];
  }

  /** GET a blob's bytes. */
  async blob(path: string, digest: string): Promise<Uint8Array> {
    const response = await this.request('GET', `/v2/${path}/blobs/${digest}`);
    if (response.status !== 200) throw this.failure(response);
    return response.body;
  }

  /** HEAD a blob: whether the repository already has it. */
  async hasBlob(path: string, digest: string): Promise<boolean> {
    const response = await this.request('HEAD', `/v2/${path}/blobs/${digest}`);
    if (response.status === 200) return true;
    if (response.status === 404) return false;
    throw this.failure(response);
  }

  /** Asks the registry to link a blob from another repository (a cross-repository mount). */
  async mountBlob(path: string, digest: string, from: string): Promise<boolean> {
    const response = await this.request('POST', `/v2/${path}/blobs/uploads/?mount=${encodeURIComponent(digest)}&from=${encodeURIComponent(from)}`);
    if (response.status === 201) return true;
    if (response.status === 202) return false;
    throw this.failure(response);
  }

  /** Uploads a blob: start an upload session, then PUT its bytes with their digest. */
  async uploadBlob(path: string, bytes: Uint8Array): Promise<string> {
    const start = await this.request('POST', `/v2/${path}/blobs/uploads/`);
    if (start.status !== 202) throw this.failure(start);
    const location = start.headers.location ?? `/v2/${path}/blobs/uploads/`;
    const digest = sha256Digest(bytes);
    const sep = location.includes('?') ? '&' : '?';
    const done = await this.request('PUT', `${location}${sep}digest=${encodeURIComponent(digest)}`, bytes, { 'content-type': 'application/octet-stream' });
    if (done.status !== 201) throw this.failure(done);
    return digest;
  }

  /** PUTs a manifest under a tag; returns its digest. */
  async putManifest(path: string, tag: string, bytes: Uint8Array, mediaType = OCI_MANIFEST): Promise<string> {
    const response = await this.request('PUT', `/v2/${path}/manifests/${tag}`, bytes, { 'content-type': mediaType });
    if (response.status !== 201) throw this.failure(response);
    return response.headers['docker-content-digest'] ?? sha256Digest(bytes);
  }

  private async request(method: string, target: string, body: Uint8Array = new Uint8Array(), headers: Record<string, string> = {}): Promise<HttpResponse> {
    const { host, port } = splitHostPort(this.domain);
    const all: Record<string, string> = { host: this.domain, ...headers };
    if (this.credentials) all.authorization = basicHeader(this.credentials);
    try {
      return await this.transport(host, port, { method, path: target, headers: all, body: body as Uint8Array });
    } catch (error) {
      if (error instanceof NetError) throw new RegistryRequestError(goUrlError(method, `${registryScheme(this.domain)}://${this.domain}${target}`, host, port, error), error.code, 0);
      throw error;
    }
  }

  // distribution's errcode: `lower case code with spaces: message` (`denied: requested access to the resource is denied`).
  private failure(response: HttpResponse): RegistryRequestError {
    let first: { code?: string; message?: string } | undefined;
    try {
      first = (JSON.parse(decodeUtf8(response.body)) as { errors?: { code?: string; message?: string }[] }).errors?.[0];
    } catch {
      first = undefined;
    }
    if (first?.code) return new RegistryRequestError(`${first.code.toLowerCase().replace(/_/g, ' ')}: ${first.message ?? ''}`, first.code, response.status);
    return new RegistryRequestError(`received unexpected HTTP status: ${response.status} ${response.statusText ?? ''}`.trim(), 'UNKNOWN', response.status);
  }
}

/** `localhost:5000` → host and port (443 for https, 80 for http when no port is given). */
export function splitHostPort(domain: string): { host: string; port: number } {
  const m = /^(\[[^\]]+\]|[^:]+)(?::(\d+))?$/.exec(domain);
  const host = m?.[1] ?? domain;
  const port = m?.[2] ? Number(m[2]) : host === 'localhost' || host.startsWith('127.') ? 80 : 443;
  return { host, port };
}

// Go's *url.Error around a dial error: `Get "http://localhost:5000/v2/": dial tcp [::1]:5000: connect: connection refused`.
function goUrlError(method: string, url: string, host: string, port: number, error: NetError): string {
  const op = method[0] + method.slice(1).toLowerCase();
  const address = host === 'localhost' ? `[::1]:${port}` : `${host}:${port}`;
  let reason: string;
  switch (error.code) {
    case 'ECONNREFUSED':
      reason = `dial tcp ${address}: connect: connection refused`;
      break;
    case 'ENOTFOUND':
      reason = `dial tcp: lookup ${host}: no such host`;
      break;
    case 'ETIMEDOUT':
      reason = `dial tcp ${address}: i/o timeout`;
      break;
    default:
      reason = `dial tcp ${address}: connect: network is unreachable`;
  }
  return `${op} "${url}": ${reason}`;
}
