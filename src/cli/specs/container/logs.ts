// `docker container logs`, recorded from Docker CLI 28.2.2 by scripts/record-docker-help.ts (edit that, not this).
import type { CommandSpec } from '../../command-types.ts';

/** `docker container logs`: Fetch the logs of a container. */
export const containerLogs: CommandSpec = {
  path: 'container logs',
  use: '[OPTIONS] CONTAINER',
  short: 'Fetch the logs of a container',
  aliases: ['container logs', 'logs'],
  args: { kind: 'exact', n: 1 },
  flags: [
    { name: 'details', kind: 'bool', typeName: '', description: 'Show extra details provided to logs' },
    { name: 'follow', short: 'f', kind: 'bool', typeName: '', description: 'Follow log output' },
    { name: 'since', kind: 'string', typeName: 'string', description: 'Show logs since timestamp (e.g. "2013-01-02T13:23:37Z") or relative (e.g. "42m" for 42 minutes)' },
    { name: 'tail', short: 'n', kind: 'string', typeName: 'string', description: 'Number of lines to show from the end of the logs', default: 'all' },
    { name: 'timestamps', short: 't', kind: 'bool', typeName: '', description: 'Show timestamps' },
    { name: 'until', kind: 'string', typeName: 'string', description: 'Show logs before a timestamp (e.g. "2013-01-02T13:23:37Z") or relative (e.g. "42m" for 42 minutes)' },
  ],
};
