// `docker buildx`: the client recorded here has no buildx plugin, so this group only carries
// `docker buildx build` (an alias of the classic build spec, which accepts BuildKit's --progress/--load).
import type { CommandSpec } from '../../command-types.ts';

/** `docker buildx COMMAND`: the BuildKit build group (only `build` is modelled). */
export const buildx: CommandSpec = {
  path: 'buildx',
  use: 'COMMAND',
  group: true,
  short: 'Docker Buildx',
  long: 'Extended build capabilities with BuildKit',
};
