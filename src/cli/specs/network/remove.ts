// `docker network rm`, recorded from Docker CLI 28.2.2 by scripts/record-docker-help.ts (edit that, not this).
import type { CommandSpec } from '../../command-types.ts';

/** `docker network rm`: Remove one or more networks. */
export const networkRm: CommandSpec = {
  path: 'network rm',
  use: 'NETWORK [NETWORK...]',
  short: 'Remove one or more networks',
  aliases: ['network rm', 'network remove'],
  args: { kind: 'min', n: 1 },
  flags: [
    { name: 'force', short: 'f', kind: 'bool', typeName: '', description: 'Do not error if the network does not exist' },
  ],
};
