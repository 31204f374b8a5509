// filters.Args.Validate: each endpoint takes only the filter keys it knows, and refuses the first
// other one as `invalid filter 'key'`.
import { InvalidFilter } from '../errors/filter.ts';

/** Throws InvalidFilter for the first key of `filters` that `accepted` does not hold. */
export function validateFilters(filters: Readonly<Record<string, readonly string[]>>, accepted: ReadonlySet<string>): void {
  for (const key of Object.keys(filters)) if (!accepted.has(key)) throw new InvalidFilter(key);
}
