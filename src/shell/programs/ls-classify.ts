// ls -F, -p and -h: the type indicator after a name (`/` directory, `*` executable, `@` symlink; the
// filesystem has no FIFOs or sockets; -p marks directories alone) and sizes in human units, as GNU ls and busybox print them.
import type { FsNode } from '../../vfs/types.ts';
import type { Flavour } from './util.ts';

/** How names are marked: -F's `classify`, -p's `slash` (directories only). */
export type IndicatorStyle = 'classify' | 'slash';

/** The -F (or -p) indicator of a node (a symlink's own `@`; with -l its target's, the caller passes the target). */
export function indicator(node: FsNode | undefined, style: IndicatorStyle = 'classify'): string {
  if (!node) return '';
  if (node.type === 'dir') return '/';
  if (style === 'slash') return '';
  if (node.type === 'symlink') return '@';
  return node.type === 'file' && !node.device && node.mode & 0o111 ? '*' : '';
}

const UNITS = ['K', 'M', 'G', 'T', 'P'];

/** A byte count as `ls -lh` prints it: bytes below 1 KiB as they are; GNU rounds up to one decimal below 10, busybox to the nearest tenth. */
export function humanBytes(bytes: number, flavour: Flavour, decimals = true): string {
  if (bytes < 1024) return String(bytes);
  let v = bytes;
  let u = -1;
  while (v >= 1024 && u < UNITS.length - 1) {
    v /= 1024;
    u++;
  }
  if (flavour === 'busybox') return decimals ? `${v.toFixed(1)}${UNITS[u]}` : `${Math.round(v)}${UNITS[u]}`;
  return (v < 10 ? (Math.ceil(v * 10) / 10).toFixed(1) : String(Math.ceil(v))) + UNITS[u];
}
