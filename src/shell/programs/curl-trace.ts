// What curl -v writes to stderr (curl 7.88.1 on Debian and the host, 8.12.1 on Alpine): `*` lines for
// resolving and connecting, `>` the request headers, `<` the response headers (as sent, CRLF included),
// `{ [N bytes data]` when the body does not go to the terminal, and how the connection ended.
import type { HttpResponse } from '../../kernel/net.ts';
import type { Flavour } from './util.ts';
import { reasonPhrase } from './http-client.ts';

/** The lines before the request: resolving (8.x) and connecting to `ip`. */
export function traceConnect(flavour: Flavour, host: string, ip: string, port: number): string {
  const modern = flavour === 'busybox';
  const shown = ip.includes(':') ? `[${ip}]` : ip;
  const resolved = modern ? `* Host ${host}:${port} was resolved.\n* IPv6: (none)\n* IPv4: ${ip}\n` : '';
  return `${resolved}*   Trying ${shown}:${port}...\n* Connected to ${host} (${ip}) port ${port}${modern ? '' : ' (#0)'}\n${modern ? '* using HTTP/1.x\n' : ''}`;
}

/** The request line and headers as sent, then (8.x) that the request is off. */
export function traceRequest(flavour: Flavour, method: string, path: string, headers: Record<string, string>): string {
  let s = `> ${method} ${path} HTTP/1.1\r\n`;
  for (const [k, v] of Object.entries(headers)) s += `> ${k}: ${v}\r\n`;
  s += '> \r\n';
  return flavour === 'busybox' ? `${s}* Request completely sent off\n` : s;
}

/** The status line and headers as received; `{ [N bytes data]` when the body is not shown on a terminal. */
export function traceResponse(r: HttpResponse, bodyBytes: number, bodyOnTerminal: boolean): string {
  let s = `< HTTP/1.1 ${r.status} ${reasonPhrase(r)}\r\n`;
  for (const [k, v] of Object.entries(r.headers)) s += `< ${k}: ${v}\r\n`;
  s += '< \r\n';
  if (bodyBytes > 0 && !bodyOnTerminal) s += `{ [${bodyBytes} bytes data]\n`;
  return s;
}

/** The last line of a completed transfer. */
export function traceDone(host: string): string {
  return `* Connection #0 to host ${host} left intact\n`;
}

/** The lines of a failed transfer before curl's own `curl: (N) …` line. */
export function traceFailure(flavour: Flavour, code: number, message: string, host: string, ip: string | undefined, port: number, reason: string): string {
  const closing = flavour === 'busybox' ? '* shutting down connection #0\n' : '* Closing connection 0\n';
  if (code === 6) return `* Could not resolve host: ${host}\n${closing}`;
  // localhost is both 127.0.0.1 and ::1: curl tries one after the other.
  const addresses = !ip ? [] : host === 'localhost' ? [ip, '::1'] : [ip];
  const tries = addresses.map((a) => `*   Trying ${a.includes(':') ? `[${a}]` : a}:${port}...\n${reason ? `* connect to ${a} port ${port} failed: ${reason}\n` : ''}`);
  return `${tries.join('')}* ${message}\n${closing}`;
}
