// `docker volume rm`, recorded from Docker CLI 28.2.2 by scripts/record-docker-help.ts (edit that, not this).
import type { CommandSpec } from '../../command-types.ts';

/** `docker volume rm`: Remove one or more volumes. */
export const volumeRm: CommandSpec = {
  path: 'volume rm',
  use: '[OPTIONS] VOLUME [VOLUME...]',
  short: 'Remove one or more volumes',
  long: 'Remove one or more volumes. You cannot remove a volume that is in use by a container.',
  aliases: ['volume rm', 'volume remove'],
  args: { kind: 'min', n: 1 },
  flags: [
    { name: 'force', short: 'f', kind: 'bool', typeName: '', description: 'Force the removal of one or more volumes' },
  ],
};
