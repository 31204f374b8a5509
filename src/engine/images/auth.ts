// POST /auth: `docker login` checked by the daemon against the registry. Docker Hub checks its
// simulated accounts; a self-hosted registry is asked over HTTP (`GET /v2/` with the credentials).
import type { HubAccounts, RegistryCredentials } from '../registry/auth.ts';
import { RegistryRequestError, registryScheme, type RegistryHttpClient } from '../registry/http-client.ts';
import { IncorrectCredentials, RegistryRequestFailed, RegistryUnauthorized } from '../errors/registry.ts';

/** The Engine API's AuthConfig as `docker login` sends it. */
export interface AuthRequest {
  username: string;
  password: string;
  serveraddress: string;
}

/** The Engine API's AuthenticateOKBody. */
export interface AuthResponse {
  Status: string;
  IdentityToken: string;
}

/** The Hub's index address, as the CLI stores Hub credentials. */
export const INDEX_SERVER = 'https://index.docker.io/v1/';

/** The registry domain a login address names (`https://index.docker.io/v1/` → docker.io, `http://localhost:5000` → localhost:5000). */
export function loginDomain(serveraddress: string): string {
  if (!serveraddress || serveraddress === INDEX_SERVER) return 'docker.io';
  const host = serveraddress.replace(/^[a-z]+:\/\//, '').split('/')[0];
  return host === 'index.docker.io' || host === 'registry-1.docker.io' || host === 'docker.io' ? 'docker.io' : host;
}

/** Checks credentials; throws EngineError with dockerd's message when the registry refuses them. */
export async function registryLogin(accounts: HubAccounts, clientFor: (domain: string, credentials: RegistryCredentials) => RegistryHttpClient, auth: AuthRequest): Promise<AuthResponse> {
  const domain = loginDomain(auth.serveraddress);
  const credentials = { username: auth.username, password: auth.password };
  if (domain === 'docker.io') {
    if (!accounts.verify(credentials)) throw new IncorrectCredentials();
    return { Status: 'Login Succeeded', IdentityToken: '' };
  }
  try {
    await clientFor(domain, credentials).ping();
  } catch (error) {
    if (!(error instanceof RegistryRequestError)) throw error;
    // A network failure already reads `Get "http://…/v2/": dial tcp …`; a registry error gets that prefix.
    const message = error.status === 0 ? error.message : `Get "${registryScheme(domain)}://${domain}/v2/": ${error.message}`;
    throw error.status === 401 ? new RegistryUnauthorized(message) : new RegistryRequestFailed(message);
  }
  return { Status: 'Login Succeeded', IdentityToken: '' };
}
