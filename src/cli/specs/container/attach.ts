// `docker container attach`, recorded from Docker CLI 28.2.2 by scripts/record-docker-help.ts (edit that, not this).
import type { CommandSpec } from '../../command-types.ts';

/** `docker container attach`: Attach local standard input, output, and error streams to a running container. */
export const containerAttach: CommandSpec = {
  path: 'container attach',
  use: '[OPTIONS] CONTAINER',
  short: 'Attach local standard input, output, and error streams to a running container',
  aliases: ['container attach', 'attach'],
  args: { kind: 'exact', n: 1 },
  flags: [
    { name: 'detach-keys', kind: 'string', typeName: 'string', description: 'Override the key sequence for detaching a container' },
    { name: 'no-stdin', kind: 'bool', typeName: '', description: 'Do not attach STDIN' },
    { name: 'sig-proxy', kind: 'bool', typeName: '', description: 'Proxy all received signals to the process', default: true },
  ],
};
