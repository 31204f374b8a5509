// Sizes the way `docker images` prints them: decimal units, three significant digits (7.8MB, 12.3kB).
// The page cannot import src/format (the worker's side), so it keeps this one line of arithmetic.

const UNITS = ['B', 'kB', 'MB', 'GB', 'TB'];

/** 7834567 → "7.83MB"; 0 → "0B". */
export function sizeText(bytes: number): string {
  const unit = Math.min(UNITS.length - 1, Math.max(0, Math.floor(Math.log10(Math.max(bytes, 1)) / 3)));
  return `${unit === 0 ? bytes : Number((bytes / 1000 ** unit).toPrecision(3))}${UNITS[unit]}`;
}
