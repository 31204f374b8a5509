// `docker image rm`, recorded from Docker CLI 28.2.2 by scripts/record-docker-help.ts (edit that, not this).
import type { CommandSpec } from '../../command-types.ts';

/** `docker image rm`: Remove one or more images. */
export const imageRm: CommandSpec = {
  path: 'image rm',
  use: '[OPTIONS] IMAGE [IMAGE...]',
  short: 'Remove one or more images',
  aliases: ['image rm', 'image remove', 'rmi'],
  args: { kind: 'min', n: 1 },
  flags: [
    { name: 'force', short: 'f', kind: 'bool', typeName: '', description: 'Force removal of the image' },
    { name: 'no-prune', kind: 'bool', typeName: '', description: 'Do not delete untagged parents' },
    { name: 'platform', kind: 'list', typeName: 'strings', description: 'Remove only the given platform variant. Formatted as "os[/arch[/variant]]" (e.g., "linux/amd64")' },
  ],
};
