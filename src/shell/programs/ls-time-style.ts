// The time column of `ls -l`: the locale's `Nov 22 04:56` / `Nov 22  2025`, or GNU's --time-style
// (full-iso, long-iso, iso, +FORMAT, [posix-]STYLE; also the TIME_STYLE variable) and busybox's --full-time.
import type { ProgramContext } from '../../kernel/process.ts';
import { argmatch } from './argmatch.ts';
import { strftime } from './date.ts';
import { hardLocale, isRecent, lsTime, type Flavour } from './util.ts';

/** Formats an mtime (seconds) for the listing, given the listing's now. */
export type TimeFormat = (mtime: number, now: number) => string;

const STYLES: [string, [string, string] | null][] = [
  ['full-iso', ['%Y-%m-%d %H:%M:%S.%N %z', '%Y-%m-%d %H:%M:%S.%N %z']],
  ['long-iso', ['%Y-%m-%d %H:%M', '%Y-%m-%d %H:%M']],
  ['iso', ['%Y-%m-%d ', '%m-%d %H:%M']],
  ['locale', null],
];
const VALID = "  - [posix-]full-iso\n  - [posix-]long-iso\n  - [posix-]iso\n  - [posix-]locale\n  - +FORMAT (e.g., +%H:%M) for a 'date'-style format\n";

/**
 * The time format of a long listing: `order` is parseFlags' (the last --time-style or --full-time wins,
 * else $TIME_STYLE); undefined once a bad style is reported (the caller adds the usage line, status 2).
 */
export function timeFormat(ctx: ProgramContext, flavour: Flavour, order: string[]): TimeFormat | undefined {
  const chosen = order.filter((o) => o === '--full-time' || o.startsWith('--time-style=')).pop();
  if (flavour === 'busybox') return chosen ? (t) => strftime('%Y-%m-%d %H:%M:%S %z', t * 1000, 'busybox') : lsTime;
  let style = chosen === '--full-time' ? 'full-iso' : (chosen?.slice('--time-style='.length) ?? ctx.env.get('TIME_STYLE') ?? 'locale');
  let formats: [string, string] | null;
  if (style.startsWith('+')) {
    const [old, recent, extra] = style.slice(1).split('\n');
    if (extra !== undefined) {
      ctx.stderr.write(`${ctx.argv[0]}: invalid time style format ${JSON.stringify(style.slice(1))}\n`);
      return undefined;
    }
    formats = [old, recent ?? old];
  } else {
    while (style.startsWith('posix-')) {
      // Under C/POSIX for LC_TIME, `posix-STYLE` means STYLE rather than the locale's own.
      if (!hardLocale(ctx, 'LC_TIME')) return lsTime;
      style = style.slice(6);
    }
    const found = argmatch(ctx, style, 'time style', STYLES, VALID);
    if (found === undefined) return undefined;
    formats = found;
  }
  if (formats === null) return lsTime;
  const [old, recent] = formats;
  return (t, now) => strftime(isRecent(t, now) ? recent : old, t * 1000, 'gnu');
}
