// Which Registry API v2 client the daemon talks to for a registry host: Docker Hub is served
// in-process (its accounts decide who may push where); `host:port` goes over a transport (by default the
// host network stack, where a `registry:2` container's published port answers).
import { HubAccounts, type RegistryCredentials } from './auth.ts';
import { RegistryHttpClient, type RegistryTransport } from './http-client.ts';
import type { Registry } from './registry.ts';
import { registryV2Handler } from './v2-server.ts';

/** What a client needs: the in-process registries (the Hub, the seeded public hosts), their accounts, and the way to other hosts. */
export interface RegistryClients {
  hub: Registry;
  accounts: HubAccounts;
  transport: RegistryTransport;
  /** ghcr.io, quay.io …: seeded like the Hub, each with accounts of its own. */
  publics?: ReadonlyMap<string, { registry: Registry; accounts: HubAccounts }>;
}

/** A Registry API v2 client for `domain`, logged in with `credentials` when given. */
export function registryClientFor({ hub, accounts, transport, publics }: RegistryClients, domain: string, credentials?: RegistryCredentials): RegistryHttpClient {
  if (domain === 'docker.io') return inProcessClient('registry-1.docker.io', hub, accounts, credentials);
  const seeded = publics?.get(domain);
  if (seeded) return inProcessClient(domain, seeded.registry, seeded.accounts, credentials);
  return new RegistryHttpClient(domain, transport, credentials);
}

// A registry served in process: anyone pulls; an account pushes into its own namespace, as on the Hub.
function inProcessClient(host: string, registry: Registry, accounts: HubAccounts, credentials?: RegistryCredentials): RegistryHttpClient {
  const handler = registryV2Handler(registry, (creds, action, path) => {
    if (creds && !accounts.verify(creds)) return 'unauthorized';
    if (action === 'pull') return 'ok';
    return creds && HubAccounts.mayPush(creds.username, path) ? 'ok' : 'denied';
  });
  return new RegistryHttpClient(host, async (_host, _port, req) => (await registry.ready(), handler(req)), credentials);
}
