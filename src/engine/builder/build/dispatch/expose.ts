// EXPOSE 80 53/udp 8000-8002: ports as nat.ParsePortSpecs reads them; history lists them sorted.
import { BuildError } from '../errors.ts';
import type { ConfigDispatcher } from './config.ts';

/** Adds each port (each port of a range) to ExposedPorts. */
export const expose: ConfigDispatcher<'EXPOSE'> = ({ state, cmd, expand }) => {
  const ports = cmd.ports.flatMap((p) => expandPorts(expand(p)));
  for (const p of ports) state.config.ExposedPorts = { ...(state.config.ExposedPorts ?? {}), [p]: {} };
  return `EXPOSE [${[...ports].sort().join(' ')}]`;
};

// EXPOSE 80 → 80/tcp; 8000-8002/udp → each port of the range.
function expandPorts(spec: string): string[] {
  const slash = spec.indexOf('/');
  const proto = slash < 0 ? 'tcp' : spec.slice(slash + 1).toLowerCase();
  const port = slash < 0 ? spec : spec.slice(0, slash);
  if (!['tcp', 'udp', 'sctp'].includes(proto)) throw new BuildError(`invalid proto: ${proto}`);
  const m = /^(\d+)(?:-(\d+))?$/.exec(port);
  if (!m) throw new BuildError(`invalid containerPort: ${port}`);
  const start = Number(m[1]);
  const end = m[2] === undefined ? start : Number(m[2]);
  if (end < start) throw new BuildError(`invalid range specified for containerPort: ${port}`);
  const out: string[] = [];
  for (let p = start; p <= end; p++) out.push(`${p}/${proto}`);
  return out;
}
