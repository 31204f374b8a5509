// A container's output: POST /containers/{id}/attach (hijacked; before a start it waits for that start,
// on a running container it follows the output) and GET /containers/{id}/logs — stdcopy frames
// without a TTY, raw bytes with one.
import { type LogChunk, type LogReader, logLines, rfc3339Nano } from '../../../engine/index.ts';
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
  const c = engine.containerInspect(params.name);
  const tty = c.Config.Tty ?? false;
  writeUpgrade(socket, tty);
  if (!c.State.Running) {
    const withStdin = boolParam(query, 'stdin');
    const early = head.subarray(bodyLengthOf(raw.headers));
    // Piped stdin (no TTY) is read to its end when the container starts; a TTY's keystrokes stream.
    const stdin = () => (withStdin ? readUntilHalfClose(socket, head, bodyLengthOf(raw.headers)) : Promise.resolve(''));
    streams.holdAttach(c.Id, { socket, tty, withStdin, stdin, early });
    return;
  }
  // Attached to a running container: what it writes from now on, until it exits or the client leaves.
  const log = engine.containerLogs(c.Id);
  log.read();
  const wanted = { stdout: boolParam(query, 'stdout'), stderr: boolParam(query, 'stderr') };
  const flush = () => {
    const { chunks, running } = log.read();
    for (const chunk of chunks) if (wanted[chunk.stream]) streamSink(socket, chunk.stream === 'stderr' ? 2 : 1, tty).write(chunk.text);
    return running;
  };
  while (!socket.destroyed && flush()) await new Promise((resolve) => setTimeout(resolve, FOLLOW_POLL_MS));
  socket.end();
}

async function logs({ params, query, res }: ApiRequest, { engine }: ApiDaemon): Promise<void> {
  const log = engine.containerLogs(params.name);
  const { tty } = log;
  const wanted = { stdout: boolParam(query, 'stdout'), stderr: boolParam(query, 'stderr') };
  const timestamps = boolParam(query, 'timestamps');
  const write = (line: LogChunk) => {
    if (!wanted[line.stream]) return;
    const text = timestamps ? `${rfc3339Nano(line.at)} ${line.text}` : line.text;
    res.write(tty ? Buffer.from(text, 'utf8') : stdcopyFrame(line.stream === 'stderr' ? 2 : 1, text));
  };
  res.writeHead(200, { 'Content-Type': streamContentType(tty) });
  const first = log.read();
  const lines = logLines(first.chunks);
  const tail = query.get('tail') ?? 'all';
  const n = tail === 'all' || tail === '' ? lines.length : Math.max(0, parseInt(tail, 10) || 0);
  for (const line of lines.slice(lines.length - n)) write(line);
  if (boolParam(query, 'follow') && first.running) await follow(log, res, write);
  res.end();
}

async function follow(log: LogReader, res: ApiRequest['res'], write: (line: LogChunk) => void): Promise<void> {
  let gone = false;
  res.on('close', () => (gone = true));
  for (;;) {
    await new Promise((resolve) => setTimeout(resolve, FOLLOW_POLL_MS));
    const { chunks, running } = log.read();
    for (const line of logLines(chunks)) write(line);
    if (gone || !running) return;
  }
}
