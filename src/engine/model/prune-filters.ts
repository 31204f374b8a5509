// The filters every prune shares, as moby reads them: `until` (one value, a Go duration back from now,
// a date or RFC 3339 time, or Unix seconds) and `label` / `label!`.
import { parseGoDuration } from './go-duration.ts';
import { InvalidUntil, MoreThanOneUntil } from '../errors/filter.ts';

/** getUntilFromPruneFilters + timetypes.GetTimestamp: the instant (ms) a prune's `until` names, a Go
 *  duration before now, a date or RFC 3339 time, or Unix seconds; undefined without one. */
export function untilFilter(values: string[] | undefined, now: number): number | undefined {
  if (!values || values.length === 0) return undefined;
  if (values.length > 1) throw new MoreThanOneUntil();
  const value = values[0];
  if (value !== '0') {
    try {
      return now - parseGoDuration(value) / 1e6;
    } catch {
      // not a duration
    }
  }
  if (/^\d{4}-\d\d-\d\d(T\d\d(:\d\d(:\d\d(\.\d+)?)?)?)?(Z|[+-]\d\d:\d\d)?$/i.test(value)) {
    const withZone = /(Z|[+-]\d\d:\d\d)$/i.test(value) ? value : `${value}${value.includes('T') ? '' : 'T00:00:00'}Z`;
    const time = Date.parse(withZone.replace(/T(\d\d)(Z|[+-])/i, 'T$1:00$2').replace(/T(\d\d)$/, 'T$1:00'));
    if (!Number.isNaN(time)) return time;
  }
  if (/^\d+(\.\d+)?$/.test(value)) return Number(value) * 1000;
  throw new InvalidUntil(value);
}

/** Whether labels pass the filters: label=key / label=key=value must all match; label!=… must not. */
export function labelsMatch(filters: Record<string, string[]>, labels: Record<string, string>): boolean {
  const matches = (f: string) => {
    const eq = f.indexOf('=');
    return eq < 0 ? f in labels : labels[f.slice(0, eq)] === f.slice(eq + 1);
  };
  if (filters.label && !filters.label.every(matches)) return false;
  if (filters['label!'] && filters['label!'].some(matches)) return false;
  return true;
}
