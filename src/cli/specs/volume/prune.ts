// `docker volume prune`, recorded from Docker CLI 28.2.2 by scripts/record-docker-help.ts (edit that, not this).
import type { CommandSpec } from '../../command-types.ts';

/** `docker volume prune`: Remove unused local volumes. */
export const volumePrune: CommandSpec = {
  path: 'volume prune',
  use: '[OPTIONS]',
  short: 'Remove unused local volumes',
  args: { kind: 'none' },
  flags: [
    { name: 'all', short: 'a', kind: 'bool', typeName: '', description: 'Remove all unused volumes, not just anonymous ones' },
    { name: 'filter', kind: 'filter', typeName: 'filter', description: 'Provide filter values (e.g. "label=<label>")' },
    { name: 'force', short: 'f', kind: 'bool', typeName: '', description: 'Do not prompt for confirmation' },
  ],
};
