// touch -t STAMP, as each tool reads it (the workbook's clock is UTC, so local time is UTC):
// GNU's posixtime takes [[CC]YY]MMDDhhmm[.ss] and refuses a field out of range (Feb 30, 25:00);
// busybox's parse_datestr takes [[[[[YY]YY]MM]DD]hh]mm[.ss], the fields left out from now, and lets
// mktime roll a day or month over as long as each field is within its widest range.

/** UTC milliseconds of a date and time, years 0–99 included (Date.UTC would read them as 1900–1999). */
function utc(year: number, month: number, day: number, hour: number, min: number, sec: number): number {
  const d = new Date(0);
  d.setUTCFullYear(year, month, day);
  return d.setUTCHours(hour, min, sec, 0);
}

/** Whether `ms` is exactly these fields, none rolled over into the next. */
function exact(ms: number, year: number, month: number, day: number, hour: number, min: number, sec: number): boolean {
  const d = new Date(ms);
  return d.getUTCFullYear() === year && d.getUTCMonth() === month && d.getUTCDate() === day && d.getUTCHours() === hour && d.getUTCMinutes() === min && d.getUTCSeconds() === sec;
}

/**
 * GNU touch -t: 8, 10 or 12 digits and an optional `.ss` of exactly two; YY 69–99 is 19YY, 00–68 20YY;
 * without a year, this year. Seconds of 60 mean the next minute (POSIX's leap second). Undefined when refused.
 */
export function gnuStamp(stamp: string, now: number): number | undefined {
  const m = /^(\d\d)??(\d\d)??(\d\d)(\d\d)(\d\d)(\d\d)(?:\.(\d\d))?$/.exec(stamp);
  if (!m) return undefined;
  const [cc, yy, mo, dd, hh, mi, ss = 0] = m.slice(1).map((x) => (x === undefined ? undefined : Number(x)));
  const year = yy === undefined ? new Date(now).getUTCFullYear() : cc !== undefined ? cc * 100 + yy : yy <= 68 ? 2000 + yy : 1900 + yy;
  const sec = ss!;
  const ms = utc(year, mo! - 1, dd!, hh!, mi!, sec);
  // A leap second stands if the same stamp at :59 does.
  const valid = sec === 60 ? exact(ms - 1000, year, mo! - 1, dd!, hh!, mi!, 59) : exact(ms, year, mo! - 1, dd!, hh!, mi!, sec);
  return valid ? ms : undefined;
}

/**
 * busybox touch -t (and -d) in its digits form: MM is minutes, hhMM, DDhhMM, MMDDhhMM, YYMMDDhhMM (YY within
 * fifty years of now) or CCYYMMDDhhMM, then `.SS` (any digits; none: 0). Undefined when refused.
 */
export function busyboxStamp(stamp: string, now: number): number | undefined {
  const m = /^(\d*?)(?:\.[ \t\n\v\f\r]*([+-]?\d+))?$/.exec(stamp);
  const digits = m?.[1] ?? '';
  if (!m || digits.length === 0 || digits.length % 2 || digits.length > 12 || (m[2] !== undefined && /^-0*[1-9]/.test(m[2]))) return undefined;
  const d = new Date(now);
  const f = { year: d.getUTCFullYear(), month: d.getUTCMonth(), day: d.getUTCDate(), hour: d.getUTCHours(), min: d.getUTCMinutes() };
  // The pairs fill the fields from the minutes back; what is left is the year.
  const pairs = digits.match(/\d\d/g)!.map(Number);
  f.min = pairs.pop()!;
  f.hour = pairs.pop() ?? f.hour;
  f.day = pairs.pop() ?? f.day;
  const month = pairs.pop();
  if (month !== undefined) f.month = month - 1;
  if (pairs.length === 2) f.year = pairs[0] * 100 + pairs[1];
  else if (pairs.length === 1) f.year = nearYear(pairs[0], f.year);
  const sec = m[2] === undefined ? 0 : Math.abs(Number(m[2]));
  if (sec > 60 || f.min > 59 || f.hour > 23 || f.day > 31 || f.month > 11) return undefined;
  const ms = utc(f.year, f.month, f.day, f.hour, f.min, sec);
  // mktime's -1 is its failure, so the second before 1970 is refused.
  return ms === -1000 ? undefined : ms;
}

/** busybox's century for YY: this one, or the next or last where that is within fifty years of `year`. */
function nearYear(yy: number, year: number): number {
  const cur = year - 1900;
  let y = yy + Math.floor(cur / 100) * 100;
  if (y < cur - 50) y += 100;
  if (y > cur + 50) y -= 100;
  return y + 1900;
}
