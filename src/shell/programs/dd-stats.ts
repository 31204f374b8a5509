// The records lines dd prints on stderr, and GNU's third line (`10485760 bytes (10 MB, 10 MiB) copied,
// 0.00437 s, 2.4 GB/s`). The workbook has no disk to time, so the duration is a model (a fixed start-up
// plus the bytes at a plausible speed for the source): the same command always prints the same line.

/** How many full and partial records went in and out. */
export interface DdRecords {
  fullIn: number;
  partialIn: number;
  fullOut: number;
  partialOut: number;
}

/** Bytes per second the model copies at, by what is read (zeros are free to make, random bytes are not). */
export const COPY_SPEED = { zeros: 2.4e9, random: 3.6e8, file: 1.3e9 } as const;

/** C's `%.6g`: six significant digits, trailing zeros dropped, exponent form below 1e-4. */
export function g6(v: number): string {
  if (v === 0) return '0';
  const exp = Math.floor(Math.log10(Math.abs(Number(v.toExponential(5)))));
  if (exp < -4 || exp >= 6) return v.toExponential(5).replace(/\.?0+e/, 'e').replace(/e([+-])(\d)$/, 'e$10$2');
  return v.toFixed(Math.max(0, 5 - exp)).replace(/\.?0+$/, '');
}

/** gnulib's human_readable for a byte count: `1.5 MB`/`1.5 MiB`, one decimal below 10, the plain count below one unit. */
function humanBytes(n: number, base: 1000 | 1024): string {
  const units = base === 1000 ? ['kB', 'MB', 'GB', 'TB', 'PB'] : ['KiB', 'MiB', 'GiB', 'TiB', 'PiB'];
  if (n < base) return `${n} B`;
  let v = n;
  let u = -1;
  while (v >= base && u < units.length - 1) {
    v /= base;
    u++;
  }
  return `${v < 10 ? v.toFixed(1) : Math.round(v)} ${units[u]}`;
}

/** A rate as GNU dd prints it: `4.0 GB/s`, `25.7 GB/s`, `228 kB/s`. */
function humanRate(bytesPerSecond: number): string {
  if (bytesPerSecond === 0) return '0.0 kB/s';
  const units = ['B/s', 'kB/s', 'MB/s', 'GB/s', 'TB/s'];
  let v = bytesPerSecond;
  let u = 0;
  while (v >= 1000 && u < units.length - 1) {
    v /= 1000;
    u++;
  }
  return `${v >= 100 ? Math.round(v) : v.toFixed(1)} ${units[u]}`;
}

/** `N+M records in` / `N+M records out`, as both families print them. */
export function recordsLines(r: DdRecords): string {
  return `${r.fullIn}+${r.partialIn} records in\n${r.fullOut}+${r.partialOut} records out\n`;
}

/** GNU dd's transfer line for `bytes` copied at `speed` bytes per second. */
export function gnuTransferLine(bytes: number, speed: number): string {
  const seconds = 2.5e-5 + bytes / speed;
  const si = humanBytes(bytes, 1000);
  const iec = humanBytes(bytes, 1024);
  const amount = bytes < 1000 ? `${bytes} byte${bytes === 1 ? '' : 's'}` : bytes < 1024 ? `${bytes} bytes (${si})` : `${bytes} bytes (${si}, ${iec})`;
  return `${amount} copied, ${g6(seconds)} s, ${humanRate(bytes / seconds)}\n`;
}
