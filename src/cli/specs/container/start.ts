// `docker container start`, recorded from Docker CLI 28.2.2 by scripts/record-docker-help.ts (edit that, not this).
import type { CommandSpec } from '../../command-types.ts';

/** `docker container start`: Start one or more stopped containers. */
export const containerStart: CommandSpec = {
  path: 'container start',
  use: '[OPTIONS] CONTAINER [CONTAINER...]',
  short: 'Start one or more stopped containers',
  aliases: ['container start', 'start'],
  args: { kind: 'min', n: 1 },
  flags: [
    { name: 'attach', short: 'a', kind: 'bool', typeName: '', description: 'Attach STDOUT/STDERR and forward signals' },
    { name: 'checkpoint', kind: 'string', typeName: 'string', description: 'Restore from this checkpoint' },
    { name: 'checkpoint-dir', kind: 'string', typeName: 'string', description: 'Use a custom checkpoint storage directory' },
    { name: 'detach-keys', kind: 'string', typeName: 'string', description: 'Override the key sequence for detaching a container' },
    { name: 'interactive', short: 'i', kind: 'bool', typeName: '', description: 'Attach container\'s STDIN' },
  ],
};
