// `docker container rm`, recorded from Docker CLI 28.2.2 by scripts/record-docker-help.ts (edit that, not this).
import type { CommandSpec } from '../../command-types.ts';

/** `docker container rm`: Remove one or more containers. */
export const containerRm: CommandSpec = {
  path: 'container rm',
  use: '[OPTIONS] CONTAINER [CONTAINER...]',
  short: 'Remove one or more containers',
  aliases: ['container rm', 'container remove', 'rm'],
  args: { kind: 'min', n: 1 },
  flags: [
    { name: 'force', short: 'f', kind: 'bool', typeName: '', description: 'Force the removal of a running container (uses SIGKILL)' },
    { name: 'link', short: 'l', kind: 'bool', typeName: '', description: 'Remove the specified link' },
    { name: 'volumes', short: 'v', kind: 'bool', typeName: '', description: 'Remove anonymous volumes associated with the container' },
  ],
};
