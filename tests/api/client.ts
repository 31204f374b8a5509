// A tiny Engine API client for the server tests: one request over the unix socket, the whole reply.
import { request as httpRequest } from 'node:http';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServedDaemon, type ServedDaemon } from '../../src/sim/api/daemon.ts';
import { startApiServer, type ApiServer } from '../../src/sim/api/server.ts';

/** A reply: status, headers and body text. */
export interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** Sends one request to a unix socket. */
export function call(socketPath: string, method: string, path: string, body?: string): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = httpRequest({ socketPath, method, path, headers: body ? { 'Content-Type': 'application/json' } : {} }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (text += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: text }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

/** A served daemon on a simulated clock, on a fresh socket. */
export async function serve(now = Date.UTC(2026, 0, 1)): Promise<ServedDaemon & { server: ApiServer; socket: string; call: (method: string, path: string, body?: string) => Promise<Reply> }> {
  const socket = join(mkdtempSync(join(tmpdir(), 'wb-api-')), 'docker.sock');
  const daemon = createServedDaemon(now);
  const server = await startApiServer(daemon.engine, { kind: 'unix', path: socket });
  return { ...daemon, server, socket, call: (method, path, body) => call(socket, method, path, body) };
}
