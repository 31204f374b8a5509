// JSONProgress.String() of moby's jsonmessage: the `[=====>    ]  12.3MB/45.6MB` part of a pull or
// push line. The bar appears only on terminals wider than 110 columns; the ETA only with a start time.
import { humanSize } from './units.ts';

/** The progressDetail of a jsonmessage (`start` is Unix seconds). */
export interface ProgressDetail {
  current?: number;
  total?: number;
  start?: number;
  units?: string;
  hideCounts?: boolean;
}

/** Renders progress for a terminal `width` columns wide; `now` (Unix seconds) is only needed with `start`. */
export function renderProgress(p: ProgressDetail, width: number, now = 0): string {
  const current = p.current ?? 0;
  const total = p.total ?? 0;
  if (current <= 0 && total <= 0) return '';
  if (total <= 0) return p.units ? `${current} ${p.units}` : humanSize(current).padStart(8);

  const percentage = Math.min(50, Math.trunc(Math.trunc((current / total) * 100) / 2));
  const bar = width > 110 ? `[${'='.repeat(percentage)}>${' '.repeat(Math.max(0, 50 - percentage))}] ` : '';
  let numbers = '';
  if (!p.hideCounts) {
    if (!p.units) numbers = current > total ? humanSize(current).padStart(8) : `${humanSize(current).padStart(8)}/${humanSize(total)}`;
    else numbers = current > total ? `${current} ${p.units}` : `${current}/${total} ${p.units}`;
  }
  let eta = '';
  if (current > 0 && p.start && p.start > 0 && percentage < 50 && width > 50) {
    const elapsedNs = (now - p.start) * 1e9;
    const perEntry = Math.trunc(elapsedNs / current);
    const leftSeconds = Math.trunc(((total - current) * perEntry) / 1e9);
    eta = ` ${goSeconds(leftSeconds)}`;
  }
  return bar + numbers + eta;
}

// time.Duration.String() for whole seconds: 4s, 1m30s, 2h0m5s.
function goSeconds(seconds: number): string {
  if (seconds === 0) return '0s';
  const h = Math.trunc(seconds / 3600);
  const m = Math.trunc((seconds % 3600) / 60);
  const s = seconds % 60;
  if (h > 0) return `${h}h${m}m${s}s`;
  if (m > 0) return `${m}m${s}s`;
  return `${s}s`;
}
