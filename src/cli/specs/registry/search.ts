// `docker search`, recorded from Docker CLI 28.2.2 by scripts/record-docker-help.ts (edit that, not this).
import type { CommandSpec } from '../../command-types.ts';

/** `docker search`: Search Docker Hub for images. */
export const search: CommandSpec = {
  path: 'search',
  use: '[OPTIONS] TERM',
  short: 'Search Docker Hub for images',
  args: { kind: 'exact', n: 1 },
  flags: [
    { name: 'filter', short: 'f', kind: 'filter', typeName: 'filter', description: 'Filter output based on conditions provided' },
    { name: 'format', kind: 'string', typeName: 'string', description: 'Pretty-print search using a Go template' },
    { name: 'limit', kind: 'int', typeName: 'int', description: 'Max number of search results' },
    { name: 'no-trunc', kind: 'bool', typeName: '', description: 'Don\'t truncate output' },
  ],
};
