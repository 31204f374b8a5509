// The text of /proc: the machine's files (cpuinfo, meminfo, version, mounts, uptime, loadavg), agreeing
// with free, uptime, nproc, df and uname, and each process's cmdline, environ, status and comm.
import { CPUS, LOAD, MEMORY_KIB } from '../sysinfo.ts';
import { KERNEL_RELEASE, KERNEL_VERSION } from '../uname.ts';

/** A process as /proc/<pid> describes it. */
export interface ProcProcess {
  pid: number;
  ppid: number;
  argv: string[];
  env: string[];
  uid: number;
  gid: number;
  groups: number[];
  /** R for the reader itself, S for the others (they sleep while it reads). */
  state: 'R' | 'S';
}

const kb = (n: number) => `${String(n).padStart(8)} kB`;

// buff/cache as free shows it is Buffers + Cached + SReclaimable.
const BUFFERS = 98_312;
const RECLAIMABLE = 131_072;

/** /proc/meminfo (the fields free and top read, in the kernel's order). */
export function meminfo(): string {
  const m = MEMORY_KIB;
  const rows: [string, number][] = [
    ['MemTotal', m.total], ['MemFree', m.free], ['MemAvailable', m.available], ['Buffers', BUFFERS], ['Cached', m.cache - BUFFERS - RECLAIMABLE],
    ['SwapCached', 0], ['Active', 912_344], ['Inactive', 1_204_880], ['Shmem', m.shared], ['SwapTotal', 0], ['SwapFree', 0],
    ['Slab', RECLAIMABLE + 61_440], ['SReclaimable', RECLAIMABLE], ['SUnreclaim', 61_440],
  ];
  return rows.map(([k, v]) => `${(k + ':').padEnd(16)}${kb(v)}\n`).join('');
}

/** /proc/cpuinfo: one block per CPU that nproc counts. */
export function cpuinfo(): string {
  const block = (n: number) =>
    [`processor\t: ${n}`, 'vendor_id\t: GenuineIntel', 'cpu family\t: 6', 'model\t\t: 85', 'model name\t: Intel(R) Xeon(R) CPU @ 2.20GHz', 'stepping\t: 7', 'cpu MHz\t\t: 2200.000',
      'cache size\t: 39424 KB', 'physical id\t: 0', `siblings\t: ${CPUS}`, `core id\t\t: ${n}`, `cpu cores\t: ${CPUS}`, 'fpu\t\t: yes', 'flags\t\t: fpu vme de pse tsc msr pae mce cx8 apic sep mtrr pge mca cmov pat pse36 clflush mmx fxsr sse sse2 ss ht syscall nx pdpe1gb rdtscp lm constant_tsc rep_good nopl xtopology nonstop_tsc cpuid tsc_known_freq pni pclmulqdq ssse3 fma cx16 pcid sse4_1 sse4_2 x2apic movbe popcnt aes xsave avx f16c rdrand hypervisor lahf_lm abm 3dnowprefetch fsgsbase bmi1 hle avx2 smep bmi2 erms invpcid rtm avx512f avx512dq rdseed adx smap clflushopt clwb avx512cd avx512bw avx512vl xsaveopt xsavec xgetbv1 xsaves arat avx512_vnni md_clear arch_capabilities',
      'bogomips\t: 4400.00', 'clflush size\t: 64', 'cache_alignment\t: 64', 'address sizes\t: 46 bits physical, 48 bits virtual', 'power management:'].join('\n') + '\n\n';
  return Array.from({ length: CPUS }, (_, n) => block(n)).join('');
}

/** /proc/version, the same kernel as `uname -r -v`. */
export function version(): string {
  return `Linux version ${KERNEL_RELEASE} (root@workbook) (gcc (GCC) 13.2.0, GNU ld (GNU Binutils) 2.42) ${KERNEL_VERSION} Mon Oct 28 10:12:04 UTC 2024\n`;
}

/** /proc/mounts of a container: the overlay root and the mounts runc makes (df lists the same). */
export function mounts(): string {
  return [
    'overlay / overlay rw,relatime,lowerdir=/var/lib/docker/overlay2/l/WORKBOOK:/var/lib/docker/overlay2/l/BASE,upperdir=/var/lib/docker/overlay2/workbook/diff,workdir=/var/lib/docker/overlay2/workbook/work 0 0',
    'proc /proc proc rw,nosuid,nodev,noexec,relatime 0 0',
    'tmpfs /dev tmpfs rw,nosuid,size=65536k,mode=755 0 0',
    'devpts /dev/pts devpts rw,nosuid,noexec,relatime,gid=5,mode=620,ptmxmode=666 0 0',
    'sysfs /sys sysfs ro,nosuid,nodev,noexec,relatime 0 0',
    'cgroup /sys/fs/cgroup cgroup2 ro,nosuid,nodev,noexec,relatime 0 0',
    'mqueue /dev/mqueue mqueue rw,nosuid,nodev,noexec,relatime 0 0',
    'shm /dev/shm tmpfs rw,nosuid,nodev,noexec,relatime,size=65536k 0 0',
    '/dev/vda1 /etc/resolv.conf ext4 rw,relatime 0 0',
    '/dev/vda1 /etc/hostname ext4 rw,relatime 0 0',
    '/dev/vda1 /etc/hosts ext4 rw,relatime 0 0',
  ].join('\n') + '\n';
}

/** /proc/uptime: seconds up and idle (all CPUs together), with two decimals. */
export function uptime(up: number): string {
  return `${up.toFixed(2)} ${(up * CPUS * 0.97).toFixed(2)}\n`;
}

/** /proc/loadavg: uptime's three figures, running/total tasks and the last PID handed out. */
export function loadavg(running: number, total: number, lastPid: number): string {
  return `${LOAD.replace(/,/g, '')} ${running}/${total} ${lastPid}\n`;
}

/** The files of /proc/<pid>. */
export const PROCESS_FILES = ['cmdline', 'comm', 'environ', 'status'];

/** One file of /proc/<pid>. */
export function processFile(p: ProcProcess, name: string): string | undefined {
  const comm = (p.argv[0] ?? '').slice((p.argv[0] ?? '').lastIndexOf('/') + 1).slice(0, 15);
  switch (name) {
    case 'cmdline':
      return p.argv.map((a) => a + '\0').join('');
    case 'environ':
      return p.env.map((e) => e + '\0').join('');
    case 'comm':
      return comm + '\n';
    case 'status': {
      const ids = (n: number) => `${n}\t${n}\t${n}\t${n}`;
      return [`Name:\t${comm}`, 'Umask:\t0022', `State:\t${p.state === 'R' ? 'R (running)' : 'S (sleeping)'}`, `Tgid:\t${p.pid}`, 'Ngid:\t0', `Pid:\t${p.pid}`, `PPid:\t${p.ppid}`, 'TracerPid:\t0',
        `Uid:\t${ids(p.uid)}`, `Gid:\t${ids(p.gid)}`, 'FDSize:\t64', `Groups:\t${p.groups.join(' ')}${p.groups.length ? ' ' : ''}`, 'VmPeak:\t    1708 kB', 'VmSize:\t    1708 kB', 'VmRSS:\t    1024 kB', 'Threads:\t1',
        'Seccomp:\t2', 'Cpus_allowed_list:\t0-' + (CPUS - 1)].join('\n') + '\n';
    }
    default:
      return undefined;
  }
}
