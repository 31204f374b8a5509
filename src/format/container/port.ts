// `docker port` text, as docker/cli's container/port.go prints it: `80/tcp -> 0.0.0.0:8080` per
// binding, ports in numeric order, or the bare host addresses of one container port.
import type { PortBinding, PortMap } from '../../engine/index.ts';

// net.JoinHostPort: IPv6 addresses in brackets.
function hostPort(b: PortBinding): string {
  return b.HostIp.includes(':') ? `[${b.HostIp}]:${b.HostPort}` : `${b.HostIp}:${b.HostPort}`;
}

/** Every published port of a container, one `PORT/PROTO -> HOST:PORT` line per binding. */
export function formatPortMap(ports: PortMap): string {
  const keys = Object.keys(ports).sort((a, b) => parseInt(a, 10) - parseInt(b, 10));
  return keys.flatMap((key) => (ports[key] ?? []).map((b) => `${key} -> ${hostPort(b)}\n`)).join('');
}

/** The host addresses one container port is published on, one a line. */
export function formatPortBindings(bindings: readonly PortBinding[]): string {
  return bindings.map((b) => `${hostPort(b)}\n`).join('');
}
