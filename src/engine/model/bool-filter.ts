// filters.Args.GetBoolOrDefault, as every endpoint with a yes/no filter reads it (`dangling`, `all`,
// `is-official`): exactly `true`/`1` or `false`/`0`, case and all; none of them, or both, is an invalid
// filter whose message lists the values as Go prints a []string (`invalid filter 'all=[yes]'`).
import { InvalidFilter } from '../errors/filter.ts';

/** The filter's yes or no, `defaultValue` when the key is absent; throws InvalidFilter for any other value. */
export function boolFilter(filters: Record<string, string[]>, key: string, defaultValue: boolean): boolean {
  const values = filters[key];
  if (values === undefined) return defaultValue;
  if (values.length === 0) throw new InvalidFilter(key);
  const isTrue = values.includes('true') || values.includes('1');
  const isFalse = values.includes('false') || values.includes('0');
  if (isTrue === isFalse) throw new InvalidFilter(`${key}=[${values.join(' ')}]`);
  return isTrue;
}
