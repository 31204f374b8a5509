// Sizes in KiB as `-h` prints them: coreutils rounds up to one decimal below 10 (`4.0K`, `9.1G`, `47G`, `20K`),
// busybox always keeps one decimal (`20.0K`, `58.4G`).
import type { Flavour } from './util.ts';

/** A KiB count in human units for du -h and df -h. */
export function humanKib(kib: number, flavour: Flavour): string {
  if (kib === 0) return '0';
  const units = ['K', 'M', 'G', 'T'];
  let v = kib;
  let u = 0;
  while (v >= 1024 && u < units.length - 1) {
    v /= 1024;
    u++;
  }
  if (flavour === 'busybox') return `${v.toFixed(1)}${units[u]}`;
  return (v < 10 ? (Math.ceil(v * 10) / 10).toFixed(1) : String(Math.ceil(v))) + units[u];
}
