// `docker network inspect`, recorded from Docker CLI 28.2.2 by scripts/record-docker-help.ts (edit that, not this).
import type { CommandSpec } from '../../command-types.ts';

/** `docker network inspect`: Display detailed information on one or more networks. */
export const networkInspect: CommandSpec = {
  path: 'network inspect',
  use: '[OPTIONS] NETWORK [NETWORK...]',
  short: 'Display detailed information on one or more networks',
  args: { kind: 'min', n: 1 },
  flags: [
    { name: 'format', short: 'f', kind: 'string', typeName: 'string', description: 'Format output using a custom template:\n\'json\':             Print in JSON format\n\'TEMPLATE\':         Print output using the given Go template.\nRefer to https://docs.docker.com/go/formatting/ for more information about formatting output with templates' },
    { name: 'verbose', short: 'v', kind: 'bool', typeName: '', description: 'Verbose output for diagnostics' },
  ],
};
