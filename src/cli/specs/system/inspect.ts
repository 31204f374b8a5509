// `docker inspect`, recorded from Docker CLI 28.2.2 by scripts/record-docker-help.ts (edit that, not this).
import type { CommandSpec } from '../../command-types.ts';

/** `docker inspect`: Return low-level information on Docker objects. */
export const inspect: CommandSpec = {
  path: 'inspect',
  use: '[OPTIONS] NAME|ID [NAME|ID...]',
  short: 'Return low-level information on Docker objects',
  args: { kind: 'min', n: 1 },
  flags: [
    { name: 'format', short: 'f', kind: 'string', typeName: 'string', description: 'Format output using a custom template:\n\'json\':             Print in JSON format\n\'TEMPLATE\':         Print output using the given Go template.\nRefer to https://docs.docker.com/go/formatting/ for more information about formatting output with templates' },
    { name: 'size', short: 's', kind: 'bool', typeName: '', description: 'Display total file sizes if the type is container' },
    { name: 'type', kind: 'string', typeName: 'string', description: 'Only inspect objects of the given type' },
  ],
};
