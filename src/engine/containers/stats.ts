// GET /containers/{id}/stats: the cgroup v2 counters dockerd reports (container.StatsResponse). PID 1
// of a simulated container does no measurable work, so CPU stays at zero; memory is the process's
// resident set plus what it wrote to its own layer (overlay upper dirs live in page cache).
import type { Container } from './container.ts';
import { sizeRw } from './list.ts';
import { rfc3339Nano } from '../clock.ts';
import { SIMULATED_HOST } from '../system-info.ts';

/** container.StatsResponse, the fields the docker CLI reads. */
export interface ContainerStats {
  name: string;
  id: string;
  read: string;
  preread: string;
  pids_stats: { current?: number; limit?: number };
  cpu_stats: CpuStats;
  precpu_stats: CpuStats;
  memory_stats: { usage?: number; limit?: number; stats?: Record<string, number> };
  networks?: Record<string, { rx_bytes: number; rx_packets: number; rx_errors: number; rx_dropped: number; tx_bytes: number; tx_packets: number; tx_errors: number; tx_dropped: number }>;
  blkio_stats: { io_service_bytes_recursive: { major: number; minor: number; op: string; value: number }[] | null };
}

interface CpuStats {
  cpu_usage: { total_usage: number; usage_in_kernelmode: number; usage_in_usermode: number };
  system_cpu_usage?: number;
  online_cpus?: number;
  throttling_data: { periods: number; throttled_periods: number; throttled_time: number };
}

// What a small process (sleep, sh, nginx's idle workers) keeps resident, in bytes.
const RESIDENT_BYTES = 548_864;
// The host's CPU time in nanoseconds per millisecond of wall time (system_cpu_usage counts every CPU).
const SYSTEM_NS_PER_MS = 1_000_000 * SIMULATED_HOST.cpus;

/** One sample of a container's counters at `now`; a stopped container reports zeros, as dockerd does. */
export function containerStats(c: Container, now: number): ContainerStats {
  const running = c.running;
  const cpu = (at: number): CpuStats => ({
    cpu_usage: { total_usage: 0, usage_in_kernelmode: 0, usage_in_usermode: 0 },
    ...(running ? { system_cpu_usage: at * SYSTEM_NS_PER_MS, online_cpus: SIMULATED_HOST.cpus } : {}),
    throttling_data: { periods: 0, throttled_periods: 0, throttled_time: 0 },
  });
  const base = { name: c.record.name, id: c.id, blkio_stats: { io_service_bytes_recursive: running ? [] : null } };
  if (!running) {
    return { ...base, read: '0001-01-01T00:00:00Z', preread: '0001-01-01T00:00:00Z', pids_stats: {}, cpu_stats: cpu(0), precpu_stats: cpu(0), memory_stats: {} };
  }
  const net = { rx_bytes: 0, rx_packets: 0, rx_errors: 0, rx_dropped: 0, tx_bytes: 0, tx_packets: 0, tx_errors: 0, tx_dropped: 0 };
  return {
    ...base,
    read: rfc3339Nano(now),
    preread: rfc3339Nano(now - 1000),
    pids_stats: { current: 1, limit: 4_611_686_018_427_387_904 },
    cpu_stats: cpu(now),
    precpu_stats: cpu(now - 1000),
    memory_stats: { usage: RESIDENT_BYTES + sizeRw(c), limit: SIMULATED_HOST.memoryBytes, stats: { inactive_file: 0, active_file: 0, anon: RESIDENT_BYTES } },
    networks: c.record.hostConfig.NetworkMode === 'none' || c.record.hostConfig.NetworkMode === 'host' ? undefined : { eth0: net },
  };
}
