// moby api/types/time GetTimestamp, which docker/cli applies to `events --since/--until`: a Go duration
// back from now (whole seconds), an RFC 3339 time or date (the learner's machine runs on UTC), or Unix
// `seconds[.nanos]` passed on as typed; the daemon gets `seconds[.nanos]`.
import { parseGoDuration } from '../../../engine/index.ts';
import { CliError } from '../../daemon-error.ts';

const ZONE = '(Z|[+-]\\d\\d:\\d\\d)';
// The layouts GetTimestamp picks by the value's shape: [regex, with zone].
const LAYOUTS: RegExp[] = [
  new RegExp(`^(\\d{4})-(\\d\\d)-(\\d\\d)T(\\d\\d):(\\d\\d):(\\d\\d)\\.(\\d{1,9})${ZONE}?$`, 'i'),
  new RegExp(`^(\\d{4})-(\\d\\d)-(\\d\\d)T(\\d\\d):(\\d\\d):(\\d\\d)()${ZONE}?$`, 'i'),
  new RegExp(`^(\\d{4})-(\\d\\d)-(\\d\\d)T(\\d\\d):(\\d\\d)()()${ZONE}?$`, 'i'),
  new RegExp(`^(\\d{4})-(\\d\\d)-(\\d\\d)T(\\d\\d)()()()${ZONE}?$`, 'i'),
  new RegExp(`^(\\d{4})-(\\d\\d)-(\\d\\d)()()()()${ZONE}?$`, 'i'),
];

/** `--since 10m` → `1767225000`; `--since 2026-01-01` → `1767225600.000000000`; throws CliError as docker/cli. */
export function getTimestamp(value: string, nowMs: number): string {
  if (value !== '0') {
    try {
      return String(Math.floor((nowMs - parseGoDuration(value) / 1e6) / 1000));
    } catch {
      // not a duration
    }
  }
  for (const layout of LAYOUTS) {
    const m = layout.exec(value);
    if (!m) continue;
    const [, y, mo, d, h = '', mi = '', s = '', frac = '', zone = ''] = m;
    const offset = zone === '' || zone.toUpperCase() === 'Z' ? 0 : (zone[0] === '-' ? -1 : 1) * (Number(zone.slice(1, 3)) * 60 + Number(zone.slice(4, 6)));
    const ms = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h || 0), Number(mi || 0), Number(s || 0)) - offset * 60_000;
    // Go's time.Parse checks each field's range and names the first that is out of it.
    const days = new Date(Date.UTC(Number(y), Number(mo), 0)).getUTCDate();
    const range = Number(mo) < 1 || Number(mo) > 12 ? 'month' : Number(d) < 1 || Number(d) > days ? 'day' : Number(h || 0) > 23 ? 'hour' : Number(mi || 0) > 59 ? 'minute' : Number(s || 0) > 59 ? 'second' : '';
    if (range) throw new CliError(`parsing time ${JSON.stringify(value)}: ${range} out of range`);
    return `${Math.floor(ms / 1000)}.${frac.padEnd(9, '0')}`;
  }
  if (value.includes('-')) throw new CliError(`parsing time ${JSON.stringify(value)} as ${JSON.stringify(layoutFor(value))}: cannot parse ${JSON.stringify(value)} as ${JSON.stringify(layoutFor(value))}`);
  if (/^-?\d+(\.\d+)?$/.test(value)) return value;
  throw new CliError(`failed to parse value as time or duration: ${JSON.stringify(value)}`);
}

// The layout GetTimestamp would have tried for a value it could not parse (for the error message).
function layoutFor(value: string): string {
  const zoned = /[zZ+]/.test(value) || (value.match(/-/g) ?? []).length === 3;
  if (value.includes('.')) return zoned ? '2006-01-02T15:04:05.999999999Z07:00' : '2006-01-02T15:04:05.999999999';
  if (value.includes('T')) {
    const colons = (value.match(/:/g) ?? []).length - (zoned && !/[zZ]/.test(value) ? 1 : 0);
    const base = colons <= 0 ? '2006-01-02T15' : colons === 1 ? '2006-01-02T15:04' : '2006-01-02T15:04:05';
    return zoned ? `${base}Z07:00` : base;
  }
  return zoned ? '2006-01-02Z07:00' : '2006-01-02';
}
