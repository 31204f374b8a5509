// Hijacked connections (attach, exec start): dockerd answers `101 UPGRADED` and the socket becomes the
// container's stdio — stdcopy frames without a TTY, raw bytes with one; an error before that is a
// plain HTTP reply written on the socket.
import type { Duplex } from 'node:stream';
import { DOCKER_VERSION, EngineError } from '../../engine/index.ts';
import { ApiError, goJsonText } from './http-io.ts';
import { stdcopyFrame, streamContentType, type StdStream } from './stdcopy.ts';

const REASONS: Record<number, string> = { 400: 'Bad Request', 404: 'Not Found', 409: 'Conflict', 500: 'Internal Server Error', 501: 'Not Implemented' };

/** Takes over the connection: the 101 reply dockerd sends before the stream. */
export function writeUpgrade(socket: Duplex, tty: boolean): void {
  socket.write(
    `HTTP/1.1 101 UPGRADED\r\nContent-Type: ${streamContentType(tty)}\r\nConnection: Upgrade\r\nUpgrade: tcp\r\n` +
      `Api-Version: ${DOCKER_VERSION.ApiVersion}\r\nServer: Docker/${DOCKER_VERSION.Version} (${DOCKER_VERSION.Os})\r\n\r\n`,
  );
}

/** An error reply on a socket that was never upgraded. */
export function writeSocketError(socket: Duplex, error: unknown): void {
  const status = error instanceof EngineError || error instanceof ApiError ? error.status : 500;
  const body = `${goJsonText({ message: error instanceof Error ? error.message : String(error) })}\n`;
  socket.end(
    `HTTP/1.1 ${status} ${REASONS[status] ?? 'Error'}\r\nContent-Type: application/json\r\nApi-Version: ${DOCKER_VERSION.ApiVersion}\r\n` +
      `Content-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
  );
}

/** A sink for one of the container's streams: framed without a TTY, raw with one (stderr joins stdout). */
export function streamSink(socket: Duplex, stream: StdStream, tty: boolean): { write(text: string): void } {
  return {
    write(text: string) {
      if (text === '' || socket.destroyed) return;
      socket.write(tty ? Buffer.from(text, 'utf8') : stdcopyFrame(stream, text));
    },
  };
}

/**
 * Everything the client writes until it closes its side (stdin for `docker run -i`), after the
 * request's own body (`bodyLength` bytes, the Content-Length of a hijacked POST).
 */
export function readUntilHalfClose(socket: Duplex, head: Buffer, bodyLength = 0): Promise<string> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = head.length ? [head] : [];
    const done = () => resolve(Buffer.concat(chunks).subarray(bodyLength).toString('utf8'));
    socket.on('data', (chunk: Buffer) => chunks.push(chunk));
    socket.once('end', done);
    socket.once('close', done);
  });
}

/** The Content-Length of a request, 0 when absent. */
export function bodyLengthOf(headers: { [key: string]: string | string[] | undefined }): number {
  const value = Number(headers['content-length'] ?? 0);
  return Number.isFinite(value) ? value : 0;
}
