// `docker stats` text — docker/cli cli/command/container/stats_helpers.go and formatter_stats.go: CPU %
// from the delta between two samples, memory without the inactive page cache, network and block I/O
// summed, through the default table or a --format template.
import type { ContainerStats } from '../../engine/index.ts';
import { writeContext } from '../context.ts';
import { GoStruct } from '../go/template/index.ts';
import { bytesSize, humanSizeWithPrecision } from '../units.ts';

const defaultTable = 'table {{.ID}}\t{{.Name}}\t{{.CPUPerc}}\t{{.MemUsage}}\t{{.MemPerc}}\t{{.NetIO}}\t{{.BlockIO}}\t{{.PIDs}}';
const header: Record<string, string> = {
  ID: 'CONTAINER ID', Container: 'CONTAINER', Name: 'NAME', CPUPerc: 'CPU %', MemUsage: 'MEM USAGE / LIMIT', MemPerc: 'MEM %', NetIO: 'NET I/O', BlockIO: 'BLOCK I/O', PIDs: 'PIDS',
};

/** One line of `docker stats`: the sample, and the container as the learner named it (or its ID). */
export interface StatsEntry {
  container: string;
  stats: ContainerStats;
}

/** The stats table (or template output) for these samples; `noTrunc` keeps full IDs. */
export function formatStats(entries: readonly StatsEntry[], options: { format?: string; noTrunc?: boolean } = {}): string {
  return writeContext(options.format || defaultTable, entries.map((e) => statsRow(e, options.noTrunc ?? false)), header);
}

function statsRow({ container, stats: s }: StatsEntry, noTrunc: boolean): GoStruct {
  const cpuDelta = s.cpu_stats.cpu_usage.total_usage - s.precpu_stats.cpu_usage.total_usage;
  const systemDelta = (s.cpu_stats.system_cpu_usage ?? 0) - (s.precpu_stats.system_cpu_usage ?? 0);
  const cpu = systemDelta > 0 && cpuDelta > 0 ? (cpuDelta / systemDelta) * (s.cpu_stats.online_cpus ?? 1) * 100 : 0;
  const memory = (s.memory_stats.usage ?? 0) - (s.memory_stats.stats?.inactive_file ?? s.memory_stats.stats?.total_inactive_file ?? 0);
  const limit = s.memory_stats.limit ?? 0;
  const memPerc = limit > 0 ? (memory / limit) * 100 : 0;
  let rx = 0;
  let tx = 0;
  for (const n of Object.values(s.networks ?? {})) {
    rx += n.rx_bytes;
    tx += n.tx_bytes;
  }
  let read = 0;
  let write = 0;
  for (const b of s.blkio_stats.io_service_bytes_recursive ?? []) {
    if (b.op.toLowerCase() === 'read') read += b.value;
    if (b.op.toLowerCase() === 'write') write += b.value;
  }
  const id = noTrunc ? s.id : s.id.slice(0, 12);
  return new GoStruct('formatter.statsContext', {
    Container: () => container,
    Name: () => (s.name.startsWith('/') ? s.name.slice(1) : s.name) || '--',
    ID: () => id,
    CPUPerc: () => `${cpu.toFixed(2)}%`,
    MemUsage: () => `${bytesSize(memory)} / ${bytesSize(limit)}`,
    MemPerc: () => `${memPerc.toFixed(2)}%`,
    NetIO: () => `${humanSizeWithPrecision(rx, 3)} / ${humanSizeWithPrecision(tx, 3)}`,
    BlockIO: () => `${humanSizeWithPrecision(read, 3)} / ${humanSizeWithPrecision(write, 3)}`,
    PIDs: () => String(s.pids_stats.current ?? 0),
  });
}
