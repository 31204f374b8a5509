// Which Registry API v2 client the daemon talks to for a registry host: Docker Hub is served
// in-process (its accounts decide who may push where); `host:port` goes over a transport (by default the
// host network stack, where a `registry:2` container's published port answers).
import { HubAccounts, type RegistryCredentials } from './auth.ts';
import { RegistryHttpClient, type RegistryTransport } from './http-client.ts';
import type { Registry } from './registry.ts';
import { registryV2Handler } from './v2-server.ts';

/** What a client needs: the in-process Hub, its accounts, and the way to other hosts. */
export interface RegistryClients {
  hub: Registry;
  accounts: HubAccounts;
  transport: RegistryTransport;
}

/** A Registry API v2 client for `domain`, logged in with `credentials` when given. */
export function registryClientFor({ hub, accounts, transport }: RegistryClients, domain: string, credentials?: RegistryCredentials): RegistryHttpClient {
  if (domain !== 'docker.io') return new RegistryHttpClient(domain, transport, credentials);
  const handler = registryV2Handler(hub, (creds, action, path) => {
    if (creds && !accounts.verify(creds)) return 'unauthorized';
    if (action === 'pull') return 'ok';
    return creds && HubAccounts.mayPush(creds.username, path) ? 'ok' : 'denied';
  });
  return new RegistryHttpClient('registry-1.docker.io', async (_host, _port, req) => (await hub.ready(), handler(req)), credentials);
}
