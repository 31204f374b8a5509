// `docker system info`, recorded from Docker CLI 28.2.2 by scripts/record-docker-help.ts (edit that, not this).
import type { CommandSpec } from '../../command-types.ts';

/** `docker system info`: Display system-wide information. */
export const systemInfo: CommandSpec = {
  path: 'system info',
  use: '[OPTIONS]',
  short: 'Display system-wide information',
  aliases: ['system info', 'info'],
  args: { kind: 'none' },
  flags: [
    { name: 'format', short: 'f', kind: 'string', typeName: 'string', description: 'Format output using a custom template:\n\'json\':             Print in JSON format\n\'TEMPLATE\':         Print output using the given Go template.\nRefer to https://docs.docker.com/go/formatting/ for more information about formatting output with templates' },
  ],
};
