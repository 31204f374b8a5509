// The live table of matchers by name. index.ts fills it; combinators (not, anyOf) and the runner read
// it, so a matcher that wraps other checks needs no import of the table it belongs to.
import type { Matcher } from '../matcher.ts';

const table = new Map<string, Matcher>();

/** Adds matchers under their names (index.ts calls this once, when the library loads). */
export function registerMatchers(list: readonly Matcher[]): void {
  for (const m of list) table.set(m.name, m);
}

/** Every registered matcher, by name. */
export const registeredMatchers: ReadonlyMap<string, Matcher> = table;
