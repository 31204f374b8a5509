// `docker image load`, recorded from Docker CLI 28.2.2 by scripts/record-docker-help.ts (edit that, not this).
import type { CommandSpec } from '../../command-types.ts';

/** `docker image load`: Load an image from a tar archive or STDIN. */
export const imageLoad: CommandSpec = {
  path: 'image load',
  use: '[OPTIONS]',
  short: 'Load an image from a tar archive or STDIN',
  aliases: ['image load', 'load'],
  args: { kind: 'none' },
  flags: [
    { name: 'input', short: 'i', kind: 'string', typeName: 'string', description: 'Read from tar archive file, instead of STDIN' },
    { name: 'platform', kind: 'string', typeName: 'string', description: 'Load only the given platform variant. Formatted as "os[/arch[/variant]]" (e.g., "linux/amd64")' },
    { name: 'quiet', short: 'q', kind: 'bool', typeName: '', description: 'Suppress the load output' },
  ],
};
