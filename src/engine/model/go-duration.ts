// Go's time.ParseDuration, for HEALTHCHECK --interval=30s --timeout=1m30s.
import { goQuote } from './go-quote.ts';

/** A text that is not a Go duration; the message is Go's. */
export class GoDurationError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'GoDurationError';
  }
}

const UNIT_NS: Record<string, number> = { ns: 1, us: 1e3, 'µs': 1e3, 'μs': 1e3, ms: 1e6, s: 1e9, m: 60e9, h: 3600e9 };

/** Duration in nanoseconds; errors read `time: invalid duration "x"` like Go's. */
export function parseGoDuration(text: string): number {
  const orig = text;
  let s = text;
  let neg = false;
  if (s.startsWith('-') || s.startsWith('+')) {
    neg = s[0] === '-';
    s = s.slice(1);
  }
  if (s === '0') return 0;
  if (s === '') throw new GoDurationError(`time: invalid duration ${goQuote(orig)}`);
  let total = 0;
  while (s !== '') {
    const num = /^(\d*)(?:\.(\d*))?/.exec(s)!;
    if (num[0] === '' || num[0] === '.' || (num[1] === '' && (num[2] ?? '') === '')) {
      throw new GoDurationError(`time: invalid duration ${goQuote(orig)}`);
    }
    s = s.slice(num[0].length);
    const unitMatch = /^[^\d.]*/.exec(s)!;
    const unit = unitMatch[0];
    if (unit === '') throw new GoDurationError(`time: missing unit in duration ${goQuote(orig)}`);
    const scale = UNIT_NS[unit];
    if (scale === undefined) throw new GoDurationError(`time: unknown unit ${goQuote(unit)} in duration ${goQuote(orig)}`);
    s = s.slice(unit.length);
    total += Number(`${num[1] || '0'}.${num[2] ?? '0'}`) * scale;
  }
  return Math.round(neg ? -total : total);
}

/** Go's Duration.String for whole units used in messages (`1ms`). */
export const MINIMUM_DURATION_NS = 1e6;
