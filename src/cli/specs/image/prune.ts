// `docker image prune`, recorded from Docker CLI 28.2.2 by scripts/record-docker-help.ts (edit that, not this).
import type { CommandSpec } from '../../command-types.ts';

/** `docker image prune`: Remove unused images. */
export const imagePrune: CommandSpec = {
  path: 'image prune',
  use: '[OPTIONS]',
  short: 'Remove unused images',
  args: { kind: 'none' },
  flags: [
    { name: 'all', short: 'a', kind: 'bool', typeName: '', description: 'Remove all unused images, not just dangling ones' },
    { name: 'filter', kind: 'filter', typeName: 'filter', description: 'Provide filter values (e.g. "until=<timestamp>")' },
    { name: 'force', short: 'f', kind: 'bool', typeName: '', description: 'Do not prompt for confirmation' },
  ],
};
