// Go time formatting of Unix seconds, in UTC (the simulated machine's zone).

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

function parts(unixSeconds: number) {
  const d = new Date(unixSeconds * 1000);
  return {
    y: d.getUTCFullYear(), mo: d.getUTCMonth() + 1, d: d.getUTCDate(),
    h: d.getUTCHours(), mi: d.getUTCMinutes(), s: d.getUTCSeconds(),
  };
}

/** Go's time.Unix(sec, 0).UTC().String(): `2006-01-02 15:04:05 +0000 UTC`. */
export function goTimeString(unixSeconds: number): string {
  const p = parts(unixSeconds);
  return `${pad(p.y, 4)}-${pad(p.mo)}-${pad(p.d)} ${pad(p.h)}:${pad(p.mi)}:${pad(p.s)} +0000 UTC`;
}

/** Go's time.Unix(sec, 0).UTC().Format(time.RFC3339): `2006-01-02T15:04:05Z`. */
export function goRfc3339(unixSeconds: number): string {
  const p = parts(unixSeconds);
  return `${pad(p.y, 4)}-${pad(p.mo)}-${pad(p.d)}T${pad(p.h)}:${pad(p.mi)}:${pad(p.s)}Z`;
}

/** Unix seconds of Go's zero time.Time (0001-01-01 00:00:00 UTC), which `IsZero()` reports. */
export const GO_ZERO_TIME_UNIX = -62135596800;
