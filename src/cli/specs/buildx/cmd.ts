// `docker buildx`: the client recorded here has no buildx plugin, so this group carries what learners
// use of it: `buildx build` (an alias of the build spec, with BuildKit's --progress/--load), `ls`, `version`,
// `prune`, `du` and `history`.
import type { CommandSpec } from '../../command-types.ts';

/** `docker buildx COMMAND`: the BuildKit build group (build, du, history, ls, prune, version). */
export const buildx: CommandSpec = {
  path: 'buildx',
  use: 'COMMAND',
  group: true,
  short: 'Docker Buildx',
  long: 'Extended build capabilities with BuildKit',
};
