// `docker container export`, recorded from Docker CLI 28.2.2 by scripts/record-docker-help.ts (edit that, not this).
import type { CommandSpec } from '../../command-types.ts';

/** `docker container export`: Export a container's filesystem as a tar archive. */
export const containerExport: CommandSpec = {
  path: 'container export',
  use: '[OPTIONS] CONTAINER',
  short: 'Export a container\'s filesystem as a tar archive',
  aliases: ['container export', 'export'],
  args: { kind: 'exact', n: 1 },
  flags: [
    { name: 'output', short: 'o', kind: 'string', typeName: 'string', description: 'Write to a file, instead of STDOUT' },
  ],
};
