// `docker container cp`, recorded from Docker CLI 28.2.2 by scripts/record-docker-help.ts (edit that, not this).
import type { CommandSpec } from '../../command-types.ts';

/** `docker container cp`: Copy files/folders between a container and the local filesystem. */
export const containerCp: CommandSpec = {
  path: 'container cp',
  use: '[OPTIONS] CONTAINER:SRC_PATH DEST_PATH|-\n\tdocker cp [OPTIONS] SRC_PATH|- CONTAINER:DEST_PATH',
  short: 'Copy files/folders between a container and the local filesystem',
  long: 'Copy files/folders between a container and the local filesystem\n\nUse \'-\' as the source to read a tar archive from stdin\nand extract it to a directory destination in a container.\nUse \'-\' as the destination to stream a tar archive of a\ncontainer source to stdout.',
  aliases: ['container cp', 'cp'],
  args: { kind: 'exact', n: 2 },
  flags: [
    { name: 'archive', short: 'a', kind: 'bool', typeName: '', description: 'Archive mode (copy all uid/gid information)' },
    { name: 'follow-link', short: 'L', kind: 'bool', typeName: '', description: 'Always follow symbol link in SRC_PATH' },
    { name: 'quiet', short: 'q', kind: 'bool', typeName: '', description: 'Suppress progress output during copy. Progress output is automatically suppressed if no terminal is attached' },
  ],
};
