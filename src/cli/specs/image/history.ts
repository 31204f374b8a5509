// `docker image history`, recorded from Docker CLI 28.2.2 by scripts/record-docker-help.ts (edit that, not this).
import type { CommandSpec } from '../../command-types.ts';

/** `docker image history`: Show the history of an image. */
export const imageHistory: CommandSpec = {
  path: 'image history',
  use: '[OPTIONS] IMAGE',
  short: 'Show the history of an image',
  aliases: ['image history', 'history'],
  args: { kind: 'exact', n: 1 },
  flags: [
    { name: 'format', kind: 'string', typeName: 'string', description: 'Format output using a custom template:\n\'table\':            Print output in table format with column headers (default)\n\'table TEMPLATE\':   Print output in table format using the given Go template\n\'json\':             Print in JSON format\n\'TEMPLATE\':         Print output using the given Go template.\nRefer to https://docs.docker.com/go/formatting/ for more information about formatting output with templates' },
    { name: 'human', short: 'H', kind: 'bool', typeName: '', description: 'Print sizes and dates in human readable format', default: true },
    { name: 'no-trunc', kind: 'bool', typeName: '', description: 'Don\'t truncate output' },
    { name: 'platform', kind: 'string', typeName: 'string', description: 'Show history for the given platform. Formatted as "os[/arch[/variant]]" (e.g., "linux/amd64")' },
    { name: 'quiet', short: 'q', kind: 'bool', typeName: '', description: 'Only show image IDs' },
  ],
};
