// `--listen` addresses of `npm run sim`: `unix:///path.sock` or `tcp://127.0.0.1:PORT`, as DOCKER_HOST spells them.

/** Where the API server listens. */
export type ListenAddress = { kind: 'unix'; path: string } | { kind: 'tcp'; host: string; port: number };

/** Parses a DOCKER_HOST-style address; returns the reason when it is not one we serve. */
export function parseListenAddress(text: string): ListenAddress | { error: string } {
  if (text.startsWith('unix://')) {
    const path = text.slice('unix://'.length);
    if (!path.startsWith('/')) return { error: `--listen: a unix socket needs an absolute path: ${text}` };
    return { kind: 'unix', path };
  }
  const tcp = /^tcp:\/\/([^:/]+):(\d{1,5})\/?$/.exec(text);
  if (tcp) {
    const port = Number(tcp[2]);
    if (port > 65535) return { error: `--listen: not a port: ${tcp[2]}` };
    return { kind: 'tcp', host: tcp[1], port };
  }
  return { error: `--listen: expected unix:///path.sock or tcp://127.0.0.1:PORT, got ${text}` };
}

/** The address as DOCKER_HOST takes it (a tcp port of 0 shows the port the system chose). */
export function dockerHostOf(address: ListenAddress): string {
  return address.kind === 'unix' ? `unix://${address.path}` : `tcp://${address.host}:${address.port}`;
}
