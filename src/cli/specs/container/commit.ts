// `docker container commit`, recorded from Docker CLI 28.2.2 by scripts/record-docker-help.ts (edit that, not this).
import type { CommandSpec } from '../../command-types.ts';

/** `docker container commit`: Create a new image from a container's changes. */
export const containerCommit: CommandSpec = {
  path: 'container commit',
  use: '[OPTIONS] CONTAINER [REPOSITORY[:TAG]]',
  short: 'Create a new image from a container\'s changes',
  aliases: ['container commit', 'commit'],
  args: { kind: 'range', min: 1, max: 2 },
  interspersed: false,
  flags: [
    { name: 'author', short: 'a', kind: 'string', typeName: 'string', description: 'Author (e.g., "John Hannibal Smith <hannibal@a-team.com>")' },
    { name: 'change', short: 'c', kind: 'list', typeName: 'list', description: 'Apply Dockerfile instruction to the created image' },
    { name: 'message', short: 'm', kind: 'string', typeName: 'string', description: 'Commit message' },
    { name: 'pause', short: 'p', kind: 'bool', typeName: '', description: 'Pause container during commit', default: true },
  ],
};
