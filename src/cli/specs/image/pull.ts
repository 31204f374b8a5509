// `docker image pull`, recorded from Docker CLI 28.2.2 by scripts/record-docker-help.ts (edit that, not this).
import type { CommandSpec } from '../../command-types.ts';

/** `docker image pull`: Download an image from a registry. */
export const imagePull: CommandSpec = {
  path: 'image pull',
  use: '[OPTIONS] NAME[:TAG|@DIGEST]',
  short: 'Download an image from a registry',
  aliases: ['image pull', 'pull'],
  args: { kind: 'exact', n: 1 },
  flags: [
    { name: 'all-tags', short: 'a', kind: 'bool', typeName: '', description: 'Download all tagged images in the repository' },
    { name: 'disable-content-trust', kind: 'bool', typeName: '', description: 'Skip image verification', default: true },
    { name: 'platform', kind: 'string', typeName: 'string', description: 'Set platform if server is multi-platform capable' },
    { name: 'quiet', short: 'q', kind: 'bool', typeName: '', description: 'Suppress verbose output' },
  ],
};
