// The simulated machine's figures (a Docker Desktop-sized VM: 4 CPUs, 8 GiB), shared by free, top,
// uptime, nproc and df so they agree with each other and with docker info (engine/system-info.ts).

/** Memory in KiB: total, used, free, shared, buff/cache, available. */
export const MEMORY_KIB = { total: 8_026_232, used: 1_043_180, free: 5_412_604, shared: 4_216, cache: 1_570_448, available: 6_731_664 };
/** CPUs the machine reports. */
export const CPUS = 4;
/** The root filesystem (overlay on the VM's disk), in 1K blocks. */
export const DISK_KIB = { size: 61_255_492, used: 9_486_220, avail: 48_627_948 };
/** How long the VM had been up when the session started (seconds). */
export const BOOT_UPTIME_S = 3 * 3600 + 17 * 60;
/** The load averages shown by uptime and top. */
export const LOAD = '0.08, 0.03, 0.01';
