// Networks: the three a daemon always has (bridge, host, none). The simulator models no user-defined
// networks yet, so anything else is dockerd's 404, which `docker inspect --type network x` shows.
import { ApiError, sendJson } from '../http-io.ts';
import type { Route } from '../router.ts';

const DEFAULTS = [
  { Name: 'bridge', Driver: 'bridge', Subnet: '172.17.0.0/16', Gateway: '172.17.0.1' },
  { Name: 'host', Driver: 'host' },
  { Name: 'none', Driver: 'null' },
];

// Stable 64-hex IDs derived from the name, so listings are reproducible.
function networkId(name: string): string {
  let h = 0x811c9dc5;
  let out = '';
  for (let round = 0; out.length < 64; round++) {
    for (const c of `${name}:${round}`) h = Math.imul(h ^ c.charCodeAt(0), 16777619) >>> 0;
    out += h.toString(16).padStart(8, '0');
  }
  return out.slice(0, 64);
}

function resource(n: (typeof DEFAULTS)[number]) {
  return {
    Name: n.Name,
    Id: networkId(n.Name),
    Created: '2026-01-01T00:00:00.000000000Z',
    Scope: 'local',
    Driver: n.Driver,
    EnableIPv4: true,
    EnableIPv6: false,
    IPAM: { Driver: 'default', Options: null, Config: n.Subnet ? [{ Subnet: n.Subnet, Gateway: n.Gateway }] : [] },
    Internal: false,
    Attachable: false,
    Ingress: false,
    ConfigFrom: { Network: '' },
    ConfigOnly: false,
    Containers: {},
    Options: {},
    Labels: {},
  };
}

function find(ref: string) {
  return DEFAULTS.find((n) => n.Name === ref || (ref.length >= 1 && networkId(n.Name).startsWith(ref)));
}

/** The network endpoints the CLI's inspect and ls use. */
export const networkRoutes: Route[] = [
  { method: 'GET', path: '/networks', handle: ({ res }) => sendJson(res, 200, DEFAULTS.map(resource)) },
  {
    method: 'GET',
    path: '/networks/{id}',
    handle: ({ params, res }) => {
      const network = find(params.id);
      if (!network) throw new ApiError(404, `network ${params.id} not found`);
      sendJson(res, 200, resource(network));
    },
  },
];
