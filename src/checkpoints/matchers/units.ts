// Sizes in "why not yet" texts, in the decimal units `docker images` uses (1 MB = 1,000,000 bytes).

const UNITS = ['B', 'kB', 'MB', 'GB', 'TB'];

/** 7830000 → "7.83MB", as docker images prints SIZE (three significant digits). */
export function formatBytes(bytes: number): string {
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < UNITS.length - 1) {
    value /= 1000;
    unit++;
  }
  return `${unit === 0 ? value : Number(value.toPrecision(3))}${UNITS[unit]}`;
}
