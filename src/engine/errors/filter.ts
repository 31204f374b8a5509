// dockerd's `--filter` errors, shared by ps, images, image prune and search, word for word.
import { defineError } from './engine-error.ts';

/** `invalid filter 'foo'`, `invalid filter 'status=bogus'` — a key or key=value the endpoint does not take. */
export const InvalidFilter = defineError('InvalidFilter', 'invalidParameter', (filter: string) => `invalid filter '${filter}'`);
/** `--filter stars=x`: Go's strconv.Atoi failing on the value. */
export const InvalidFilterNumber = defineError(
  'InvalidFilterNumber',
  'invalidParameter',
  (key: string, value: string) => `invalid filter '${key}=${value}': strconv.Atoi: parsing ${JSON.stringify(value)}: invalid syntax`,
);
/** `image prune --filter until=a --filter until=b`. */
export const MoreThanOneUntil = defineError('MoreThanOneUntil', 'invalidParameter', () => 'more than one until filter specified');
/** `--filter until=x` with neither a time nor a duration. */
export const InvalidUntil = defineError('InvalidUntil', 'invalidParameter', (value: string) => `failed to parse value as time or duration: "${value}"`);
/** GET /events with `until` before `since`. */
export const SinceAfterUntil = defineError('SinceAfterUntil', 'invalidParameter', (since: string, until: string) => `\`since\` time (${since}) cannot be after \`until\` time (${until})`);
/** GET /events with a since/until that is not `seconds[.nanos]` (strconv.ParseInt's error). */
export const InvalidEventTime = defineError('InvalidEventTime', 'invalidParameter', (value: string) => `strconv.ParseInt: parsing ${JSON.stringify(value.split('.')[0])}: invalid syntax`);
/** A build cache prune with more than one value for a filter (moby's errMultipleFilterValues). */
export const FilterOneValue = defineError('FilterOneValue', 'invalidParameter', () => 'filters expect only one value');
/** A build cache prune given both `until` and its old name `unused-for`. */
export const ConflictingFilters = defineError('ConflictingFilters', 'invalidParameter', (a: string, b: string) => `conflicting filters: "${a}" and "${b}"`);
/** A build cache prune's `until` that is neither a duration nor a time. */
export const BadCacheUntil = defineError('BadCacheUntil', 'invalidParameter', (key: string, cause: string) => `"${key}" filter expects a duration (e.g., '24h') or a timestamp: ${cause}`);
