// `docker container exec`, recorded from Docker CLI 28.2.2 by scripts/record-docker-help.ts (edit that, not this).
import type { CommandSpec } from '../../command-types.ts';

/** `docker container exec`: Execute a command in a running container. */
export const containerExec: CommandSpec = {
  path: 'container exec',
  use: '[OPTIONS] CONTAINER COMMAND [ARG...]',
  short: 'Execute a command in a running container',
  aliases: ['container exec', 'exec'],
  args: { kind: 'min', n: 2 },
  interspersed: false,
  flags: [
    { name: 'detach', short: 'd', kind: 'bool', typeName: '', description: 'Detached mode: run command in the background' },
    { name: 'detach-keys', kind: 'string', typeName: 'string', description: 'Override the key sequence for detaching a container' },
    { name: 'env', short: 'e', kind: 'list', typeName: 'list', description: 'Set environment variables', check: 'env' },
    { name: 'env-file', kind: 'list', typeName: 'list', description: 'Read in a file of environment variables' },
    { name: 'interactive', short: 'i', kind: 'bool', typeName: '', description: 'Keep STDIN open even if not attached' },
    { name: 'privileged', kind: 'bool', typeName: '', description: 'Give extended privileges to the command' },
    { name: 'tty', short: 't', kind: 'bool', typeName: '', description: 'Allocate a pseudo-TTY' },
    { name: 'user', short: 'u', kind: 'string', typeName: 'string', description: 'Username or UID (format: "<name|uid>[:<group|gid>]")' },
    { name: 'workdir', short: 'w', kind: 'string', typeName: 'string', description: 'Working directory inside the container' },
  ],
};
