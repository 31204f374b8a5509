// Simulated Docker Hub accounts: who may log in, and who may push where. A username is valid when it
// looks like a Docker ID (4–30 lowercase letters and digits, not a reserved name); the first login with
// a password of 6 or more characters creates the account, and later logins must repeat that password.
import { decodeBase64, encodeBase64 } from './base64.ts';

/** The credentials a client sends (the Engine API's AuthConfig, reduced to what a registry checks). */
export interface RegistryCredentials {
  username: string;
  password: string;
}

/** Names Docker Hub keeps for itself: no learner account can own them. */
const RESERVED = new Set(['library', 'docker', 'admin', 'root', 'official', 'registry', 'hub']);
const MIN_PASSWORD = 6;

/** The Hub's account book; plain data so it survives a reload. */
export class HubAccounts {
  /** username → password of accounts created by a first successful login. */
  readonly passwords = new Map<string, string>();

  constructor(saved: [string, string][] = []) {
    for (const [user, password] of saved) this.passwords.set(user, password);
  }

  /** Whether the credentials belong to an account (creating it on first use). */
  verify(credentials: RegistryCredentials): boolean {
    const { username, password } = credentials;
    if (!/^[a-z0-9]{4,30}$/.test(username) || RESERVED.has(username)) return false;
    const known = this.passwords.get(username);
    if (known !== undefined) return known === password;
    if (password.length < MIN_PASSWORD) return false;
    this.passwords.set(username, password);
    return true;
  }

  /** Whether an authenticated user may push to a repository path: only into their own namespace. */
  static mayPush(username: string, path: string): boolean {
    return path.split('/')[0] === username && path.includes('/');
  }

  /** The accounts as structured-clone data. */
  snapshot(): [string, string][] {
    return [...this.passwords];
  }
}

/** Decodes an HTTP Basic `Authorization` header; undefined when absent or malformed. */
export function basicCredentials(header: string | undefined): RegistryCredentials | undefined {
  const m = /^Basic\s+(\S+)$/i.exec(header ?? '');
  if (!m) return undefined;
  const text = decodeBase64(m[1]);
  if (text === undefined) return undefined;
  const colon = text.indexOf(':');
  if (colon < 0) return undefined;
  return { username: text.slice(0, colon), password: text.slice(colon + 1) };
}

/** The `Authorization` header value for credentials. */
export function basicHeader(credentials: RegistryCredentials): string {
  return `Basic ${encodeBase64(credentials.username + ':' + credentials.password)}`;
}
