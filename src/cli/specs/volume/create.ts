// `docker volume create`, recorded from Docker CLI 28.2.2 by scripts/record-docker-help.ts (edit that, not this).
import type { CommandSpec } from '../../command-types.ts';

/** `docker volume create`: Create a volume. */
export const volumeCreate: CommandSpec = {
  path: 'volume create',
  use: '[OPTIONS] [VOLUME]',
  short: 'Create a volume',
  args: { kind: 'max', n: 1 },
  flags: [
    { name: 'availability', kind: 'string', typeName: 'string', description: 'Cluster Volume availability ("active", "pause", "drain")', default: 'active' },
    { name: 'driver', short: 'd', kind: 'string', typeName: 'string', description: 'Specify volume driver name', default: 'local' },
    { name: 'group', kind: 'string', typeName: 'string', description: 'Cluster Volume group (cluster volumes)' },
    { name: 'label', kind: 'list', typeName: 'list', description: 'Set metadata for a volume' },
    { name: 'limit-bytes', kind: 'bytes', typeName: 'bytes', description: 'Minimum size of the Cluster Volume in bytes' },
    { name: 'opt', short: 'o', kind: 'map', typeName: 'map', description: 'Set driver specific options', defaultText: 'map[]' },
    { name: 'required-bytes', kind: 'bytes', typeName: 'bytes', description: 'Maximum size of the Cluster Volume in bytes' },
    { name: 'scope', kind: 'string', typeName: 'string', description: 'Cluster Volume access scope ("single", "multi")', default: 'single' },
    { name: 'secret', kind: 'map', typeName: 'map', description: 'Cluster Volume secrets', defaultText: 'map[]' },
    { name: 'sharing', kind: 'string', typeName: 'string', description: 'Cluster Volume access sharing ("none", "readonly", "onewriter", "all")', default: 'none' },
    { name: 'topology-preferred', kind: 'list', typeName: 'list', description: 'A topology that the Cluster Volume would be preferred in' },
    { name: 'topology-required', kind: 'list', typeName: 'list', description: 'A topology that the Cluster Volume must be accessible from' },
    { name: 'type', kind: 'string', typeName: 'string', description: 'Cluster Volume access type ("mount", "block")', default: 'block' },
  ],
};
