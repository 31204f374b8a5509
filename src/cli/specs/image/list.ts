// `docker image ls`, recorded from Docker CLI 28.2.2 by scripts/record-docker-help.ts (edit that, not this).
import type { CommandSpec } from '../../command-types.ts';

/** `docker image ls`: List images. */
export const imageLs: CommandSpec = {
  path: 'image ls',
  use: '[OPTIONS] [REPOSITORY[:TAG]]',
  short: 'List images',
  aliases: ['image ls', 'image list', 'images'],
  args: { kind: 'max', n: 1 },
  flags: [
    { name: 'all', short: 'a', kind: 'bool', typeName: '', description: 'Show all images (default hides intermediate images)' },
    { name: 'digests', kind: 'bool', typeName: '', description: 'Show digests' },
    { name: 'filter', short: 'f', kind: 'filter', typeName: 'filter', description: 'Filter output based on conditions provided' },
    { name: 'format', kind: 'string', typeName: 'string', description: 'Format output using a custom template:\n\'table\':            Print output in table format with column headers (default)\n\'table TEMPLATE\':   Print output in table format using the given Go template\n\'json\':             Print in JSON format\n\'TEMPLATE\':         Print output using the given Go template.\nRefer to https://docs.docker.com/go/formatting/ for more information about formatting output with templates' },
    { name: 'no-trunc', kind: 'bool', typeName: '', description: 'Don\'t truncate output' },
    { name: 'quiet', short: 'q', kind: 'bool', typeName: '', description: 'Only show image IDs' },
    { name: 'tree', kind: 'bool', typeName: '', description: 'List multi-platform images as a tree (EXPERIMENTAL)' },
  ],
};
