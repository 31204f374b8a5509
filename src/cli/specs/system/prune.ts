// `docker system prune`, recorded from Docker CLI 28.2.2 by scripts/record-docker-help.ts (edit that, not this).
import type { CommandSpec } from '../../command-types.ts';

/** `docker system prune`: Remove unused data. */
export const systemPrune: CommandSpec = {
  path: 'system prune',
  use: '[OPTIONS]',
  short: 'Remove unused data',
  args: { kind: 'none' },
  flags: [
    { name: 'all', short: 'a', kind: 'bool', typeName: '', description: 'Remove all unused images not just dangling ones' },
    { name: 'filter', kind: 'filter', typeName: 'filter', description: 'Provide filter values (e.g. "label=<key>=<value>")' },
    { name: 'force', short: 'f', kind: 'bool', typeName: '', description: 'Do not prompt for confirmation' },
    { name: 'volumes', kind: 'bool', typeName: '', description: 'Prune anonymous volumes' },
  ],
};
