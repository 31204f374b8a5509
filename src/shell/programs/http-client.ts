// What curl and wget share: URL parsing, reason phrases, and one request over the machine's network.
import type { ProgramContext } from '../../kernel/process.ts';
import { NetError, type HttpResponse } from '../../kernel/net.ts';
import { encodeUtf8 } from '../../vfs/utf8.ts';

/** A parsed URL as the clients need it; `port` defaults by scheme. */
export interface ParsedUrl {
  scheme: string;
  host: string;
  port: number;
  /** Path and query, at least `/`. */
  path: string;
}

/** Parses `[scheme://]host[:port][/path]` (curl's default scheme is http); null for an empty or bad host. */
export function parseUrl(text: string): ParsedUrl | null {
  const m = /^(?:([A-Za-z][A-Za-z0-9+.-]*):\/\/)?([^/:?#]*)(?::(\d*))?([^#]*)/.exec(text);
  if (!m) return null;
  const scheme = (m[1] ?? 'http').toLowerCase();
  const host = m[2].toLowerCase();
  if (!host) return null;
  const port = m[3] ? Number(m[3]) : scheme === 'https' ? 443 : 80;
  let path = m[4] || '/';
  if (!path.startsWith('/')) path = '/' + path;
  return { scheme, host, port, path };
}

/** Resolves a Location header against the URL it came from. */
export function resolveLocation(base: ParsedUrl, location: string): ParsedUrl | null {
  if (/^[A-Za-z][A-Za-z0-9+.-]*:\/\//.test(location)) return parseUrl(location);
  if (location.startsWith('//')) return parseUrl(`${base.scheme}:${location}`);
  const path = location.startsWith('/') ? location : base.path.replace(/[^/]*$/, '') + location;
  return { ...base, path };
}

/** The `host:port` a Host header carries (the port only when it is not the scheme's default). */
export function hostHeader(u: ParsedUrl): string {
  const dflt = u.scheme === 'https' ? 443 : 80;
  return u.port === dflt ? u.host : `${u.host}:${u.port}`;
}

const REASONS: Record<number, string> = {
  200: 'OK', 201: 'Created', 202: 'Accepted', 204: 'No Content', 206: 'Partial Content',
  301: 'Moved Permanently', 302: 'Found', 303: 'See Other', 304: 'Not Modified', 307: 'Temporary Redirect', 308: 'Permanent Redirect',
  400: 'Bad Request', 401: 'Unauthorized', 403: 'Forbidden', 404: 'Not Found', 405: 'Method Not Allowed', 409: 'Conflict',
  413: 'Request Entity Too Large', 416: 'Requested Range Not Satisfiable', 500: 'Internal Server Error', 502: 'Bad Gateway', 503: 'Service Unavailable',
};

/** The status line text a server sends: the response's own reason phrase, else the standard one. */
export function reasonPhrase(r: HttpResponse): string {
  return r.statusText ?? REASONS[r.status] ?? '';
}

/** Looks a header up case-insensitively. */
export function header(r: { headers: Record<string, string> }, name: string): string | undefined {
  const key = Object.keys(r.headers).find((k) => k.toLowerCase() === name.toLowerCase());
  return key === undefined ? undefined : r.headers[key];
}

/** The outcome of one exchange: a response, or why there was none. */
export type Exchange = { ok: true; response: HttpResponse } | { ok: false; code: NetError['code'] | 'NONET' };

/** Sends one request through ctx.net; connection failures come back as a code, other errors propagate. */
export async function exchange(ctx: ProgramContext, url: ParsedUrl, method: string, headers: Record<string, string>, body: string | Uint8Array = ''): Promise<Exchange> {
  if (!ctx.net) return { ok: false, code: 'NONET' };
  const lower: Record<string, string> = {};
  for (const [k, v] of Object.entries(headers)) lower[k.toLowerCase()] = v;
  try {
    const response = await ctx.net.requestHttp(url.host, url.port, { method, path: url.path, headers: lower, body: typeof body === 'string' ? encodeUtf8(body) : body });
    return { ok: true, response };
  } catch (e) {
    if (e instanceof NetError) return { ok: false, code: e.code };
    throw e;
  }
}
