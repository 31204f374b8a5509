// `docker image save`, recorded from Docker CLI 28.2.2 by scripts/record-docker-help.ts (edit that, not this).
import type { CommandSpec } from '../../command-types.ts';

/** `docker image save`: Save one or more images to a tar archive (streamed to STDOUT by default). */
export const imageSave: CommandSpec = {
  path: 'image save',
  use: '[OPTIONS] IMAGE [IMAGE...]',
  short: 'Save one or more images to a tar archive (streamed to STDOUT by default)',
  aliases: ['image save', 'save'],
  args: { kind: 'min', n: 1 },
  flags: [
    { name: 'output', short: 'o', kind: 'string', typeName: 'string', description: 'Write to a file, instead of STDOUT' },
    { name: 'platform', kind: 'string', typeName: 'string', description: 'Save only the given platform variant. Formatted as "os[/arch[/variant]]" (e.g., "linux/amd64")' },
  ],
};
