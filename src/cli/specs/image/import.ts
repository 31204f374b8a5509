// `docker image import`, recorded from Docker CLI 28.2.2 by scripts/record-docker-help.ts (edit that, not this).
import type { CommandSpec } from '../../command-types.ts';

/** `docker image import`: Import the contents from a tarball to create a filesystem image. */
export const imageImport: CommandSpec = {
  path: 'image import',
  use: '[OPTIONS] file|URL|- [REPOSITORY[:TAG]]',
  short: 'Import the contents from a tarball to create a filesystem image',
  aliases: ['image import', 'import'],
  args: { kind: 'min', n: 1 },
  flags: [
    { name: 'change', short: 'c', kind: 'list', typeName: 'list', description: 'Apply Dockerfile instruction to the created image' },
    { name: 'message', short: 'm', kind: 'string', typeName: 'string', description: 'Set commit message for imported image' },
    { name: 'platform', kind: 'string', typeName: 'string', description: 'Set platform if server is multi-platform capable' },
  ],
};
