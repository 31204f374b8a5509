// `docker volume ls`, recorded from Docker CLI 28.2.2 by scripts/record-docker-help.ts (edit that, not this).
import type { CommandSpec } from '../../command-types.ts';

/** `docker volume ls`: List volumes. */
export const volumeLs: CommandSpec = {
  path: 'volume ls',
  use: '[OPTIONS]',
  short: 'List volumes',
  aliases: ['volume ls', 'volume list'],
  args: { kind: 'none' },
  flags: [
    { name: 'cluster', kind: 'bool', typeName: '', description: 'Display only cluster volumes, and use cluster volume list formatting' },
    { name: 'filter', short: 'f', kind: 'filter', typeName: 'filter', description: 'Provide filter values (e.g. "dangling=true")' },
    { name: 'format', kind: 'string', typeName: 'string', description: 'Format output using a custom template:\n\'table\':            Print output in table format with column headers (default)\n\'table TEMPLATE\':   Print output in table format using the given Go template\n\'json\':             Print in JSON format\n\'TEMPLATE\':         Print output using the given Go template.\nRefer to https://docs.docker.com/go/formatting/ for more information about formatting output with templates' },
    { name: 'quiet', short: 'q', kind: 'bool', typeName: '', description: 'Only display volume names' },
  ],
};
