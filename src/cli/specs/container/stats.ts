// `docker container stats`, recorded from Docker CLI 28.2.2 by scripts/record-docker-help.ts (edit that, not this).
import type { CommandSpec } from '../../command-types.ts';

/** `docker container stats`: Display a live stream of container(s) resource usage statistics. */
export const containerStats: CommandSpec = {
  path: 'container stats',
  use: '[OPTIONS] [CONTAINER...]',
  short: 'Display a live stream of container(s) resource usage statistics',
  aliases: ['container stats', 'stats'],
  args: { kind: 'any' },
  flags: [
    { name: 'all', short: 'a', kind: 'bool', typeName: '', description: 'Show all containers (default shows just running)' },
    { name: 'format', kind: 'string', typeName: 'string', description: 'Format output using a custom template:\n\'table\':            Print output in table format with column headers (default)\n\'table TEMPLATE\':   Print output in table format using the given Go template\n\'json\':             Print in JSON format\n\'TEMPLATE\':         Print output using the given Go template.\nRefer to https://docs.docker.com/go/formatting/ for more information about formatting output with templates' },
    { name: 'no-stream', kind: 'bool', typeName: '', description: 'Disable streaming stats and only pull the first result' },
    { name: 'no-trunc', kind: 'bool', typeName: '', description: 'Do not truncate output' },
  ],
};
