// `docker volume update`, recorded from Docker CLI 28.2.2 by scripts/record-docker-help.ts (edit that, not this).
import type { CommandSpec } from '../../command-types.ts';

/** `docker volume update`: Update a volume (cluster volumes only). */
export const volumeUpdate: CommandSpec = {
  path: 'volume update',
  use: '[OPTIONS] [VOLUME]',
  short: 'Update a volume (cluster volumes only)',
  args: { kind: 'exact', n: 1 },
  flags: [
    { name: 'availability', kind: 'string', typeName: 'string', description: 'Cluster Volume availability ("active", "pause", "drain")', default: 'active' },
  ],
};
