// How big a layer is, the way Docker counts it.
import type { TarEntry } from './entry.ts';

/**
 * The size Docker reports for a layer: the sum of its files' sizes (a symlink counts its target's
 * length), as the overlay2 driver measures the unpacked layer, with stand-ins counted at their declared size.
 */
export function layerSize(entries: readonly TarEntry[]): number {
  let total = 0;
  for (const e of entries) {
    if (e.type === 'file') total += e.declaredSize ?? e.data?.length ?? 0;
    else if (e.type === 'symlink') total += e.linkTarget?.length ?? 0;
  }
  return total;
}
