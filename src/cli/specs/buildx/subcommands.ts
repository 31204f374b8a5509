// `docker buildx ls` and `docker buildx version`, written from buildx v0.24.0's reference (the client
// recorded here has no buildx plugin to record them from).
import type { CommandSpec } from '../../command-types.ts';

/** `docker buildx ls`: List builder instances. */
export const buildxLs: CommandSpec = {
  path: 'buildx ls',
  use: '',
  short: 'List builder instances',
  args: { kind: 'none' },
  flags: [
    { name: 'format', kind: 'string', typeName: 'string', description: 'Format the output', default: 'table' },
    { name: 'no-trunc', kind: 'bool', typeName: '', description: "Don't truncate output" },
    { name: 'timeout', kind: 'duration', typeName: 'duration', description: 'Override the default timeout for loading builder status', default: '20s' },
  ],
};

/** `docker buildx version`: Show buildx version information. */
export const buildxVersion: CommandSpec = {
  path: 'buildx version',
  use: '',
  short: 'Show buildx version information',
  args: { kind: 'none' },
};
