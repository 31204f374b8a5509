// HEALTHCHECK: the test and its timings; history shows Go's `%+v` of the struct.
import { goQuote } from '../../../model/go-quote.ts';
import { goList } from './argv.ts';
import type { ConfigDispatcher } from './config.ts';

/** Sets Healthcheck (NONE disables the base image's). */
export const healthcheck: ConfigDispatcher<'HEALTHCHECK'> = ({ state, cmd }) => {
  const h = cmd.health;
  if (h.test[0] === 'NONE') state.config.Healthcheck = { Test: ['NONE'] };
  else {
    const health: Record<string, unknown> = { Test: h.test };
    if (h.interval) health.Interval = h.interval;
    if (h.timeout) health.Timeout = h.timeout;
    if (h.startPeriod) health.StartPeriod = h.startPeriod;
    if (h.startInterval) health.StartInterval = h.startInterval;
    if (h.retries) health.Retries = h.retries;
    state.config.Healthcheck = health;
  }
  const dur = (ns: number) => goQuote(goDuration(ns));
  return `HEALTHCHECK &{${goList(h.test)} ${dur(h.interval)} ${dur(h.timeout)} ${dur(h.startPeriod)} ${dur(h.startInterval)} ${goCharQuote(h.retries)}}`;
};

/** time.Duration.String() for the values a HEALTHCHECK takes. */
export function goDuration(ns: number): string {
  if (ns === 0) return '0s';
  if (ns < 1e3) return `${ns}ns`;
  if (ns < 1e6) return `${trimZeros(ns / 1e3)}µs`;
  if (ns < 1e9) return `${trimZeros(ns / 1e6)}ms`;
  let secs = ns / 1e9;
  const h = Math.floor(secs / 3600);
  secs -= h * 3600;
  const m = Math.floor(secs / 60);
  secs -= m * 60;
  const s = `${trimZeros(Number(secs.toFixed(9)))}s`;
  if (h > 0) return `${h}h${m}m${s}`;
  if (m > 0) return `${m}m${s}`;
  return s;
}

function trimZeros(n: number): string {
  return String(n);
}

// Go's %q on an int is a quoted rune: 3 → '\x03'.
function goCharQuote(n: number): string {
  if (n >= 0x20 && n < 0x7f && n !== 0x27 && n !== 0x5c) return `'${String.fromCharCode(n)}'`;
  if (n === 0x27) return `'\\''`;
  if (n === 0x5c) return `'\\\\'`;
  if (n < 0x100) return `'\\x${n.toString(16).padStart(2, '0')}'`;
  return `'${String.fromCodePoint(n)}'`;
}
