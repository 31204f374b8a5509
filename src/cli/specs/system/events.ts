// `docker system events`, recorded from Docker CLI 28.2.2 by scripts/record-docker-help.ts (edit that, not this).
import type { CommandSpec } from '../../command-types.ts';

/** `docker system events`: Get real time events from the server. */
export const systemEvents: CommandSpec = {
  path: 'system events',
  use: '[OPTIONS]',
  short: 'Get real time events from the server',
  aliases: ['system events', 'events'],
  args: { kind: 'none' },
  flags: [
    { name: 'filter', short: 'f', kind: 'filter', typeName: 'filter', description: 'Filter output based on conditions provided' },
    { name: 'format', kind: 'string', typeName: 'string', description: 'Format output using a custom template:\n\'json\':             Print in JSON format\n\'TEMPLATE\':         Print output using the given Go template.\nRefer to https://docs.docker.com/go/formatting/ for more information about formatting output with templates' },
    { name: 'since', kind: 'string', typeName: 'string', description: 'Show all events created since timestamp' },
    { name: 'until', kind: 'string', typeName: 'string', description: 'Stream events until this timestamp' },
  ],
};
