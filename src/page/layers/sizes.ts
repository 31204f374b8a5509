// Sizes as docker prints them (decimal units, three significant digits): 7.8MB, 12.3kB, 0B.

const UNITS = ['B', 'kB', 'MB', 'GB', 'TB'];

/** `docker images`-style size text. */
export function humanSize(bytes: number): string {
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < UNITS.length - 1) {
    value /= 1000;
    unit++;
  }
  return `${unit === 0 ? value : Number(value.toPrecision(3))}${UNITS[unit]}`;
}
