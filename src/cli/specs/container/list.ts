// `docker container ls`, recorded from Docker CLI 28.2.2 by scripts/record-docker-help.ts (edit that, not this).
import type { CommandSpec } from '../../command-types.ts';

/** `docker container ls`: List containers. */
export const containerLs: CommandSpec = {
  path: 'container ls',
  use: '[OPTIONS]',
  short: 'List containers',
  aliases: ['container ls', 'container list', 'container ps', 'ps'],
  args: { kind: 'none' },
  flags: [
    { name: 'all', short: 'a', kind: 'bool', typeName: '', description: 'Show all containers (default shows just running)' },
    { name: 'filter', short: 'f', kind: 'filter', typeName: 'filter', description: 'Filter output based on conditions provided' },
    { name: 'format', kind: 'string', typeName: 'string', description: 'Format output using a custom template:\n\'table\':            Print output in table format with column headers (default)\n\'table TEMPLATE\':   Print output in table format using the given Go template\n\'json\':             Print in JSON format\n\'TEMPLATE\':         Print output using the given Go template.\nRefer to https://docs.docker.com/go/formatting/ for more information about formatting output with templates' },
    { name: 'last', short: 'n', kind: 'int', typeName: 'int', description: 'Show n last created containers (includes all states)', default: -1 },
    { name: 'latest', short: 'l', kind: 'bool', typeName: '', description: 'Show the latest created container (includes all states)' },
    { name: 'no-trunc', kind: 'bool', typeName: '', description: 'Don\'t truncate output' },
    { name: 'quiet', short: 'q', kind: 'bool', typeName: '', description: 'Only display container IDs' },
    { name: 'size', short: 's', kind: 'bool', typeName: '', description: 'Display total file sizes' },
  ],
};
