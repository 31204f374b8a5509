// `docker network ls`, recorded from Docker CLI 28.2.2 by scripts/record-docker-help.ts (edit that, not this).
import type { CommandSpec } from '../../command-types.ts';

/** `docker network ls`: List networks. */
export const networkLs: CommandSpec = {
  path: 'network ls',
  use: '[OPTIONS]',
  short: 'List networks',
  aliases: ['network ls', 'network list'],
  args: { kind: 'none' },
  flags: [
    { name: 'filter', short: 'f', kind: 'filter', typeName: 'filter', description: 'Provide filter values (e.g. "driver=bridge")' },
    { name: 'format', kind: 'string', typeName: 'string', description: 'Format output using a custom template:\n\'table\':            Print output in table format with column headers (default)\n\'table TEMPLATE\':   Print output in table format using the given Go template\n\'json\':             Print in JSON format\n\'TEMPLATE\':         Print output using the given Go template.\nRefer to https://docs.docker.com/go/formatting/ for more information about formatting output with templates' },
    { name: 'no-trunc', kind: 'bool', typeName: '', description: 'Do not truncate the output' },
    { name: 'quiet', short: 'q', kind: 'bool', typeName: '', description: 'Only display network IDs' },
  ],
};
