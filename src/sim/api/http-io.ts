// Reading requests and writing replies the way dockerd's HTTP layer does (moby api/server/httputils):
// JSON bodies end in a newline, errors are `{"message": "..."}` with the errdefs status.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { DOCKER_VERSION, EngineError, InvalidReferenceError } from '../../engine/index.ts';

/** One API call as a route handler sees it. */
export interface ApiRequest {
  method: string;
  /** The path without its `/v1.xx` prefix. */
  path: string;
  /** The `{name}` parts of the route pattern, decoded. */
  params: Record<string, string>;
  query: URLSearchParams;
  /** The API version the client asked for (`1.50`), or the daemon's when it gave none. */
  version: string;
  headers: IncomingMessage['headers'];
  /** The raw request, for handlers that stream a body in (load, build, archive). */
  raw: IncomingMessage;
  res: ServerResponse;
}

/** The headers every dockerd reply carries (version middleware). */
export function commonHeaders(res: ServerResponse): void {
  res.setHeader('Api-Version', DOCKER_VERSION.ApiVersion);
  res.setHeader('Docker-Experimental', 'false');
  res.setHeader('Ostype', DOCKER_VERSION.Os);
  res.setHeader('Server', `Docker/${DOCKER_VERSION.Version} (${DOCKER_VERSION.Os})`);
}

/** encoding/json with SetEscapeHTML(false): JSON.stringify, plus the two line separators Go always escapes. */
export function goJsonText(value: unknown): string {
  return JSON.stringify(value).replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

/** httputils.WriteJSON: the value as JSON and a newline. */
export function sendJson(res: ServerResponse, status: number, value: unknown): void {
  sendJsonText(res, status, goJsonText(value));
}

/** A body already encoded as JSON (for documents that need Go's exact field order). */
export function sendJsonText(res: ServerResponse, status: number, json: string): void {
  res.writeHead(status, { 'Content-Type': 'application/json' });
  res.end(`${json}\n`);
}

/** A reply with no body (201 Created after a tag, 204 No Content after a start). */
export function sendEmpty(res: ServerResponse, status: number): void {
  res.writeHead(status);
  res.end();
}

/** The error reply dockerd makes from an error: its errdefs status and `{"message": …}`. */
export function sendError(res: ServerResponse, error: unknown): void {
  const status = error instanceof EngineError || error instanceof ApiError ? error.status : error instanceof InvalidReferenceError ? 400 : 500;
  const message = error instanceof Error ? error.message : String(error);
  if (res.headersSent) {
    res.end();
    return;
  }
  sendJson(res, status, { message });
}

/** An error of the HTTP layer itself (bad query, unknown route), with its status. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

/** httputils.BoolValue: anything but "", "0", "no", "false" and "none" is true. */
export function boolParam(query: URLSearchParams, key: string): boolean {
  const value = (query.get(key) ?? '').trim().toLowerCase();
  return !['', '0', 'no', 'false', 'none'].includes(value);
}

/** filters.FromJSON: `{"key":{"value":true}}` or the older `{"key":["value"]}` into `{key: [value]}`. */
export function filtersParam(query: URLSearchParams): Record<string, string[]> {
  const text = query.get('filters');
  if (!text) return {};
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new ApiError(400, `invalid filter: ${text}`);
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) throw new ApiError(400, `invalid filter: ${text}`);
  const out: Record<string, string[]> = {};
  for (const [key, values] of Object.entries(parsed as Record<string, unknown>)) {
    if (Array.isArray(values)) out[key] = values.map(String);
    else if (values && typeof values === 'object') out[key] = Object.keys(values).filter((v) => (values as Record<string, unknown>)[v]);
    else throw new ApiError(400, `invalid filter: ${text}`);
  }
  return out;
}

/** The whole request body (small JSON bodies; tar uploads read `raw` as a stream). */
export async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** A JSON request body, or `{}` when there is none. */
export async function readJson<T>(req: IncomingMessage): Promise<T> {
  const body = (await readBody(req)).toString('utf8').trim();
  if (body === '') return {} as T;
  try {
    return JSON.parse(body) as T;
  } catch (error) {
    throw new ApiError(400, `invalid JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/**
 * A JSON-message stream (pull, push, load, build): 200 and one message per line, `\r\n`-terminated as
 * moby's streamformatter writes them. An error after the first message goes in the stream, as dockerd
 * does once it has flushed; an error before it is an HTTP error. Stops when the client goes away.
 */
export async function sendJsonStream(req: ApiRequest, messages: AsyncIterable<unknown> | Iterable<unknown>): Promise<void> {
  const { res } = req;
  let gone = false;
  res.on('close', () => (gone = !res.writableFinished));
  const start = () => {
    if (!res.headersSent) res.writeHead(200, { 'Content-Type': 'application/json' });
  };
  const iterator = Symbol.asyncIterator in messages ? messages[Symbol.asyncIterator]() : (messages as Iterable<unknown>)[Symbol.iterator]();
  try {
    for (;;) {
      const next = await iterator.next();
      if (next.done || gone) break;
      start();
      res.write(`${goJsonText(next.value)}\r\n`);
    }
  } catch (error) {
    if (!res.headersSent) throw error;
    const message = error instanceof Error ? error.message : String(error);
    res.write(`${goJsonText({ errorDetail: { message }, error: message })}\r\n`);
  } finally {
    if (gone) await iterator.return?.();
  }
  start();
  res.end();
}
