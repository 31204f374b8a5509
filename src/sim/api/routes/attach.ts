// A container's output: POST /containers/{id}/attach (hijacked; before a start it waits for that start,
// on a running container it follows the output) and GET /containers/{id}/logs — stdcopy frames
// without a TTY, raw bytes with one.
import { rfc3339Nano } from '../../../engine/clock.ts';
import type { LogChunk } from '../../../engine/containers/container.ts';
import type { Engine } from '../../../engine/engine.ts';
import { boolParam, type ApiRequest } from '../http-io.ts';
import { bodyLengthOf, readUntilHalfClose, streamSink, writeUpgrade } from '../hijack-io.ts';
import { stdcopyFrame, streamContentType } from '../stdcopy.ts';
import type { ApiDaemon, HijackRequest, HijackRoute, Route } from '../router.ts';

// How often a follower looks for new output, in real milliseconds.
const FOLLOW_POLL_MS = 50;

/** POST /containers/{id}/attach. */
export const attachRoutes: HijackRoute[] = [{ method: 'POST', path: '/containers/{name}/attach', hijack: attach }];

/** GET /containers/{id}/logs. */
export const logRoutes: Route[] = [{ method: 'GET', path: '/containers/{name}/logs', handle: logs }];

async function attach({ params, query, raw, socket, head }: HijackRequest, { engine, streams }: ApiDaemon): Promise<void> {
  const c = engine.container(params.name);
  const tty = c.record.config.Tty ?? false;
  writeUpgrade(socket, tty);
  if (!c.running) {
    const withStdin = boolParam(query, 'stdin');
    const early = head.subarray(bodyLengthOf(raw.headers));
    // Piped stdin (no TTY) is read to its end when the container starts; a TTY's keystrokes stream.
    const stdin = () => (withStdin ? readUntilHalfClose(socket, head, bodyLengthOf(raw.headers)) : Promise.resolve(''));
    streams.holdAttach(c.id, { socket, tty, withStdin, stdin, early });
    return;
  }
  // Attached to a running container: what it writes from now on, until it exits or the client leaves.
  let seen = c.record.logs.length;
  const wanted = { stdout: boolParam(query, 'stdout'), stderr: boolParam(query, 'stderr') };
  const flush = () => {
    for (const chunk of c.record.logs.slice(seen)) if (wanted[chunk.stream]) streamSink(socket, chunk.stream === 'stderr' ? 2 : 1, tty).write(chunk.text);
    seen = c.record.logs.length;
  };
  while (!socket.destroyed && engine.containers.find(c.id)?.running) {
    flush();
    await new Promise((resolve) => setTimeout(resolve, FOLLOW_POLL_MS));
  }
  flush();
  socket.end();
}

async function logs({ params, query, res }: ApiRequest, { engine }: ApiDaemon): Promise<void> {
  const c = engine.container(params.name);
  const tty = c.record.config.Tty ?? false;
  const wanted = { stdout: boolParam(query, 'stdout'), stderr: boolParam(query, 'stderr') };
  const timestamps = boolParam(query, 'timestamps');
  const write = (line: LogChunk) => {
    if (!wanted[line.stream]) return;
    const text = timestamps ? `${rfc3339Nano(line.at)} ${line.text}` : line.text;
    res.write(tty ? Buffer.from(text, 'utf8') : stdcopyFrame(line.stream === 'stderr' ? 2 : 1, text));
  };
  res.writeHead(200, { 'Content-Type': streamContentType(tty) });
  const lines = logLines(c.record.logs);
  const tail = query.get('tail') ?? 'all';
  const n = tail === 'all' || tail === '' ? lines.length : Math.max(0, parseInt(tail, 10) || 0);
  for (const line of lines.slice(lines.length - n)) write(line);
  if (boolParam(query, 'follow')) await follow(engine, c.id, c.record.logs.length, res, write);
  res.end();
}

async function follow(engine: Engine, id: string, from: number, res: ApiRequest['res'], write: (line: LogChunk) => void): Promise<void> {
  let seen = from;
  let gone = false;
  res.on('close', () => (gone = true));
  for (;;) {
    const c = engine.containers.find(id);
    if (!c) return;
    const fresh = c.record.logs.slice(seen);
    seen = c.record.logs.length;
    for (const line of logLines(fresh)) write(line);
    if (gone || !c.running) return;
    await new Promise((resolve) => setTimeout(resolve, FOLLOW_POLL_MS));
  }
}

/** Output chunks cut into lines, as the json-file log driver stores them (each keeps its stream and time). */
export function logLines(chunks: readonly LogChunk[]): LogChunk[] {
  const out: LogChunk[] = [];
  const pending: Partial<Record<LogChunk['stream'], LogChunk>> = {};
  for (const chunk of chunks) {
    const held = pending[chunk.stream];
    let text = (held?.text ?? '') + chunk.text;
    let at = held?.at ?? chunk.at;
    delete pending[chunk.stream];
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n')) {
      out.push({ ...chunk, at, text: text.slice(0, i + 1) });
      text = text.slice(i + 1);
      at = chunk.at;
    }
    if (text) pending[chunk.stream] = { ...chunk, at, text };
  }
  for (const rest of Object.values(pending)) if (rest) out.push(rest);
  return out;
}
