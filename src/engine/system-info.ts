// What GET /info and `docker info` report about the simulated daemon: Engine API system.Info with
// the daemon's real object counts; the rest describes a fixed overlay2, cgroup v2, linux/amd64 host.
import type { ContainerSummary } from './api/containers.ts';
import { rfc3339Nano } from './clock.ts';
import { DOCKER_VERSION } from './version.ts';

/** The machine the simulated daemon says it runs on. */
export const SIMULATED_HOST = {
  name: 'workbook',
  id: '5e1d7a3c-0b6f-4c1e-9a52-7d2f8c4b9e10',
  // The VM that containers see too: nproc, /proc/cpuinfo, free and /proc/meminfo (shell/programs/sysinfo.ts).
  cpus: 4,
  memoryBytes: 8_026_232 * 1024,
  operatingSystem: 'Docker Images Workbook (simulated)',
  osVersion: '28',
  rootDir: '/var/lib/docker',
};

/** How many objects the daemon holds, as system.Info counts them. */
export interface SystemCounts {
  images: number;
  containers: number;
  running: number;
  paused: number;
}

/** The container and image counts of GET /info, from GET /containers/json?all=1 and the number of images. */
export function systemCounts(containers: readonly ContainerSummary[], images: number): SystemCounts {
  const running = containers.filter((c) => c.State === 'running').length;
  const paused = containers.filter((c) => c.State === 'paused').length;
  return { images, containers: containers.length, running, paused };
}

/** system.Info: overlay2 on cgroup v2, linux/amd64, and the daemon's real counts. */
export function systemInfoDocument(counts: SystemCounts, now: number) {
  const host = SIMULATED_HOST;
  return {
    ID: host.id,
    Containers: counts.containers,
    ContainersRunning: counts.running,
    ContainersPaused: counts.paused,
    ContainersStopped: counts.containers - counts.running - counts.paused,
    Images: counts.images,
    Driver: 'overlay2',
    DriverStatus: [
      ['Backing Filesystem', 'extfs'],
      ['Supports d_type', 'true'],
      ['Using metacopy', 'false'],
      ['Native Overlay Diff', 'true'],
      ['userxattr', 'false'],
    ],
    Plugins: {
      Volume: ['local'],
      Network: ['bridge', 'host', 'ipvlan', 'macvlan', 'null', 'overlay'],
      Authorization: null,
      Log: ['awslogs', 'fluentd', 'gcplogs', 'gelf', 'journald', 'json-file', 'local', 'splunk', 'syslog'],
    },
    MemoryLimit: true,
    SwapLimit: true,
    CpuCfsPeriod: true,
    CpuCfsQuota: true,
    CPUShares: true,
    CPUSet: true,
    PidsLimit: true,
    IPv4Forwarding: true,
    Debug: false,
    NFd: 24,
    OomKillDisable: false,
    NGoroutines: 40,
    SystemTime: rfc3339Nano(now),
    LoggingDriver: 'json-file',
    CgroupDriver: 'systemd',
    CgroupVersion: '2',
    NEventsListener: 0,
    KernelVersion: DOCKER_VERSION.KernelVersion,
    OperatingSystem: host.operatingSystem,
    OSVersion: host.osVersion,
    OSType: DOCKER_VERSION.Os,
    Architecture: 'x86_64',
    IndexServerAddress: 'https://index.docker.io/v1/',
    RegistryConfig: {
      InsecureRegistryCIDRs: ['::1/128', '127.0.0.0/8'],
      IndexConfigs: { 'docker.io': { Name: 'docker.io', Mirrors: [], Secure: true, Official: true } },
      Mirrors: null,
    },
    NCPU: host.cpus,
    MemTotal: host.memoryBytes,
    GenericResources: null,
    DockerRootDir: host.rootDir,
    HttpProxy: '',
    HttpsProxy: '',
    NoProxy: '',
    Name: host.name,
    Labels: [],
    ExperimentalBuild: false,
    ServerVersion: DOCKER_VERSION.Version,
    Runtimes: { runc: { path: 'runc' } },
    DefaultRuntime: 'runc',
    Swarm: { NodeID: '', NodeAddr: '', LocalNodeState: 'inactive', ControlAvailable: false, Error: '', RemoteManagers: null },
    LiveRestoreEnabled: false,
    Isolation: '',
    InitBinary: 'docker-init',
    ContainerdCommit: { ID: '' },
    RuncCommit: { ID: '' },
    InitCommit: { ID: '' },
    SecurityOptions: ['name=seccomp,profile=builtin', 'name=cgroupns'],
    CDISpecDirs: ['/etc/cdi', '/var/run/cdi'],
    Warnings: null,
  };
}
