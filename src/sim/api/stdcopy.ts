// moby's stdcopy framing: without a TTY, container output travels as frames of an 8-byte header
// (stream 0 stdin, 1 stdout, 2 stderr; three zero bytes; payload length, big-endian uint32) and the payload.

/** The stream a frame carries. */
export type StdStream = 0 | 1 | 2;

/** One multiplexed frame holding `text` for `stream`. */
export function stdcopyFrame(stream: StdStream, text: string | Uint8Array): Buffer {
  const payload = typeof text === 'string' ? Buffer.from(text, 'utf8') : Buffer.from(text);
  const header = Buffer.alloc(8);
  header[0] = stream;
  header.writeUInt32BE(payload.length, 4);
  return Buffer.concat([header, payload]);
}

/** The content type of a multiplexed (no TTY) or raw (TTY) stream, as dockerd names them. */
export function streamContentType(tty: boolean): string {
  return tty ? 'application/vnd.docker.raw-stream' : 'application/vnd.docker.multiplexed-stream';
}
