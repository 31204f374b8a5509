// HTTP/1.1 on the wire, for the meeting of a raw TCP client or server (`nc`) with an HTTP one: a
// request read from the bytes a client sent, a response written as a server sends it, and the reverse.
import { NetError, type HttpRequest, type HttpResponse } from '../../kernel/net.ts';

const REASONS: Record<number, string> = { 200: 'OK', 201: 'Created', 204: 'No Content', 301: 'Moved Permanently', 302: 'Found', 304: 'Not Modified', 400: 'Bad Request', 403: 'Forbidden', 404: 'Not Found', 405: 'Not Allowed', 500: 'Internal Server Error' };

/** The request a client's bytes make, or undefined when they are not HTTP. */
export function parseRequest(data: Uint8Array): HttpRequest | undefined {
  const { head, body } = split(data);
  const [start, ...lines] = head.split('\r\n');
  const m = /^([A-Z]+) (\S+) HTTP\/1\.[01]$/.exec(start ?? '');
  if (!m) return undefined;
  return { method: m[1], path: m[2], headers: headers(lines, true), body };
}

/** A response as a server writes it. */
export function writeResponse(r: HttpResponse): Uint8Array {
  let head = `HTTP/1.1 ${r.status} ${r.statusText ?? REASONS[r.status] ?? ''}\r\n`;
  for (const [k, v] of Object.entries(r.headers)) head += `${k}: ${v}\r\n`;
  return concat(new TextEncoder().encode(`${head}\r\n`), r.body);
}

/** A request as a client writes it. */
export function writeRequest(r: HttpRequest): Uint8Array {
  let head = `${r.method} ${r.path} HTTP/1.1\r\n`;
  for (const [k, v] of Object.entries(r.headers)) head += `${k.replace(/(^|-)[a-z]/g, (c) => c.toUpperCase())}: ${v}\r\n`;
  return concat(new TextEncoder().encode(`${head}\r\n`), r.body);
}

/** The response a raw server's bytes make; an empty reply is curl's `Empty reply from server`. */
export function parseResponse(data: Uint8Array): HttpResponse {
  if (data.length === 0) throw new NetError('ECONNRESET', 'Empty reply from server');
  const { head, body } = split(data);
  const [start, ...lines] = head.split('\r\n');
  const m = /^HTTP\/\d(?:\.\d)? (\d{3})(?: (.*))?$/.exec(start ?? '');
  // Anything else is HTTP/0.9 to curl: the bytes are the body.
  if (!m) return { status: 200, headers: {}, body: data };
  return { status: Number(m[1]), statusText: m[2] ?? '', headers: headers(lines, false), body };
}

function split(data: Uint8Array): { head: string; body: Uint8Array } {
  const text = new TextDecoder('latin1').decode(data);
  const crlf = text.indexOf('\r\n\r\n');
  const lf = text.indexOf('\n\n');
  const [at, sep] = crlf >= 0 && (lf < 0 || crlf <= lf) ? [crlf, 4] : lf >= 0 ? [lf, 2] : [text.length, 0];
  return { head: text.slice(0, at).replace(/\r?\n/g, '\r\n'), body: data.subarray(Math.min(data.length, at + sep)) };
}

function headers(lines: string[], lower: boolean): Record<string, string> {
  const out: Record<string, string> = {};
  for (const line of lines) {
    const i = line.indexOf(':');
    if (i > 0) out[lower ? line.slice(0, i).trim().toLowerCase() : line.slice(0, i).trim()] = line.slice(i + 1).trim();
  }
  return out;
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}
