// `docker container update`, recorded from Docker CLI 28.2.2 by scripts/record-docker-help.ts (edit that, not this).
import type { CommandSpec } from '../../command-types.ts';

/** `docker container update`: Update configuration of one or more containers. */
export const containerUpdate: CommandSpec = {
  path: 'container update',
  use: '[OPTIONS] CONTAINER [CONTAINER...]',
  short: 'Update configuration of one or more containers',
  aliases: ['container update', 'update'],
  args: { kind: 'min', n: 1 },
  flags: [
    { name: 'blkio-weight', kind: 'uint16', typeName: 'uint16', description: 'Block IO (relative weight), between 10 and 1000, or 0 to disable', defaultText: '0' },
    { name: 'cpu-period', kind: 'int', typeName: 'int', description: 'Limit CPU CFS (Completely Fair Scheduler) period' },
    { name: 'cpu-quota', kind: 'int', typeName: 'int', description: 'Limit CPU CFS (Completely Fair Scheduler) quota' },
    { name: 'cpu-rt-period', kind: 'int', typeName: 'int', description: 'Limit the CPU real-time period in microseconds' },
    { name: 'cpu-rt-runtime', kind: 'int', typeName: 'int', description: 'Limit the CPU real-time runtime in microseconds' },
    { name: 'cpu-shares', short: 'c', kind: 'int', typeName: 'int', description: 'CPU shares (relative weight)' },
    { name: 'cpus', kind: 'decimal', typeName: 'decimal', description: 'Number of CPUs' },
    { name: 'cpuset-cpus', kind: 'string', typeName: 'string', description: 'CPUs in which to allow execution (0-3, 0,1)' },
    { name: 'cpuset-mems', kind: 'string', typeName: 'string', description: 'MEMs in which to allow execution (0-3, 0,1)' },
    { name: 'memory', short: 'm', kind: 'bytes', typeName: 'bytes', description: 'Memory limit' },
    { name: 'memory-reservation', kind: 'bytes', typeName: 'bytes', description: 'Memory soft limit' },
    { name: 'memory-swap', kind: 'bytes', typeName: 'bytes', description: 'Swap limit equal to memory plus swap: -1 to enable unlimited swap' },
    { name: 'pids-limit', kind: 'int', typeName: 'int', description: 'Tune container pids limit (set -1 for unlimited)' },
    { name: 'restart', kind: 'string', typeName: 'string', description: 'Restart policy to apply when a container exits' },
  ],
};
