// `docker login`, recorded from Docker CLI 28.2.2 by scripts/record-docker-help.ts (edit that, not this).
import type { CommandSpec } from '../../command-types.ts';

/** `docker login`: Authenticate to a registry. */
export const login: CommandSpec = {
  path: 'login',
  use: '[OPTIONS] [SERVER]',
  short: 'Authenticate to a registry',
  long: 'Authenticate to a registry.\nDefaults to Docker Hub if no server is specified.',
  args: { kind: 'max', n: 1 },
  flags: [
    { name: 'password', short: 'p', kind: 'string', typeName: 'string', description: 'Password or Personal Access Token (PAT)' },
    { name: 'password-stdin', kind: 'bool', typeName: '', description: 'Take the Password or Personal Access Token (PAT) from stdin' },
    { name: 'username', short: 'u', kind: 'string', typeName: 'string', description: 'Username' },
  ],
};
