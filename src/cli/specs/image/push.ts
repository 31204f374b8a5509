// `docker image push`, recorded from Docker CLI 28.2.2 by scripts/record-docker-help.ts (edit that, not this).
import type { CommandSpec } from '../../command-types.ts';

/** `docker image push`: Upload an image to a registry. */
export const imagePush: CommandSpec = {
  path: 'image push',
  use: '[OPTIONS] NAME[:TAG]',
  short: 'Upload an image to a registry',
  aliases: ['image push', 'push'],
  args: { kind: 'exact', n: 1 },
  flags: [
    { name: 'all-tags', short: 'a', kind: 'bool', typeName: '', description: 'Push all tags of an image to the repository' },
    { name: 'disable-content-trust', kind: 'bool', typeName: '', description: 'Skip image signing', default: true },
    { name: 'platform', kind: 'string', typeName: 'string', description: 'Push a platform-specific manifest as a single-platform image to the registry.\nImage index won\'t be pushed, meaning that other manifests, including attestations won\'t be preserved.\n\'os[/arch[/variant]]\': Explicit platform (eg. linux/amd64)' },
    { name: 'quiet', short: 'q', kind: 'bool', typeName: '', description: 'Suppress verbose output' },
  ],
};
