// The progress text of `docker pull`/`docker push` lines (moby pkg/jsonmessage JSONProgress.String):
// `[=====>      ]  12.3MB/45.6MB 4s` on wide terminals, numbers only at 110 columns or fewer.
import { humanSize } from './units.ts';

/** The `progressDetail` of a JSON message, plus when the transfer started. */
export interface JsonProgress {
  /** Bytes (or units) done so far. */
  readonly current?: number;
  /** Bytes (or units) expected; 0 or absent when unknown. */
  readonly total?: number;
  /** Unix seconds when the transfer began; enables the time-left estimate. */
  readonly start?: number;
  /** Counts other than bytes (e.g. `units`), printed as plain integers. */
  readonly units?: string;
  /** Show the bar only. */
  readonly hideCounts?: boolean;
}

/** Terminal width and clock used to render one progress string. */
export interface ProgressRenderOptions {
  /** Columns of the terminal; Docker assumes 200 when it cannot tell. */
  readonly width: number;
  /** Current time in Unix milliseconds (from the session clock). */
  readonly nowMs: number;
}

/** Bar cells: one `=` per two percent. */
const BAR_CELLS = 50;
/** Below or at this width the bar is left out. */
const BAR_MIN_WIDTH = 110;
/** At or below this width the time left is left out. */
const ETA_MIN_WIDTH = 50;

const NS_PER_SECOND = 1_000_000_000n;

/** Renders JSONProgress.String() exactly: bar, `%8v/%v` sizes (or units) and time left. */
export function renderProgress(progress: JsonProgress, options: ProgressRenderOptions): string {
  const current = progress.current ?? 0;
  const total = progress.total ?? 0;
  if (current <= 0 && total <= 0) return '';
  if (total <= 0) return progress.units ? `${current} ${progress.units}` : padStart(humanSize(current), 8);

  let percentage = Math.trunc((current / total) * 100) / 2;
  percentage = Math.min(Math.trunc(percentage), BAR_CELLS);
  let bar = '';
  if (options.width > BAR_MIN_WIDTH) {
    bar = `[${'='.repeat(percentage)}>${' '.repeat(Math.max(BAR_CELLS - percentage, 0))}] `;
  }

  let numbers = '';
  if (!progress.hideCounts) {
    if (!progress.units) {
      numbers = current > total ? padStart(humanSize(current), 8) : `${padStart(humanSize(current), 8)}/${humanSize(total)}`;
    } else {
      numbers = current > total ? `${current} ${progress.units}` : `${current}/${total} ${progress.units}`;
    }
  }

  let timeLeft = '';
  const start = progress.start ?? 0;
  if (current > 0 && start > 0 && percentage < BAR_CELLS && options.width > ETA_MIN_WIDTH) {
    timeLeft = ` ${goDuration(secondsLeft(current, total, start, options.nowMs))}`;
  }
  return bar + numbers + timeLeft;
}

/** Go's integer-nanosecond estimate, truncated to whole seconds: (total-current) × elapsed/current. */
function secondsLeft(current: number, total: number, start: number, nowMs: number): bigint {
  const elapsed = BigInt(Math.round(nowMs)) * 1_000_000n - BigInt(Math.trunc(start)) * NS_PER_SECOND;
  const perEntry = elapsed / BigInt(Math.trunc(current));
  const left = BigInt.asIntN(64, BigInt(Math.trunc(total - current)) * perEntry);
  return (left / NS_PER_SECOND) * NS_PER_SECOND;
}

/** Go's time.Duration.String for a whole number of seconds: `4s`, `1m5s`, `2h0m3s`. */
function goDuration(ns: bigint): string {
  const negative = ns < 0n;
  let seconds = (negative ? -ns : ns) / NS_PER_SECOND;
  const hours = seconds / 3600n;
  seconds %= 3600n;
  const minutes = seconds / 60n;
  seconds %= 60n;
  let text = `${seconds}s`;
  if (hours > 0n || minutes > 0n) text = `${minutes}m${text}`;
  if (hours > 0n) text = `${hours}h${text}`;
  return negative ? `-${text}` : text;
}

/** Go's `%8v` on a string: right-aligned in 8 columns (counted in runes). */
function padStart(text: string, width: number): string {
  const length = Array.from(text).length;
  return length >= width ? text : ' '.repeat(width - length) + text;
}
