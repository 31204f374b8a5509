// Exec form: `CMD ["a", "b"]`. Only an array of strings is JSON form; a valid array of anything else is an error.
import { goTrimLeftSpace } from '../go/unicode.ts';
import { LineParseError } from './errors.ts';

/** BuildKit's errDockerfileNotStringArray text. */
export const NOT_STRING_ARRAY = 'when using JSON array syntax, arrays must be comprised of strings only';

/** parseJSON: the strings of a JSON array, null when the text is not a JSON array; throws for non-string items. */
export function parseJSONArray(rest: string): string[] | null {
  const text = goTrimLeftSpace(rest);
  if (!text.startsWith('[')) return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return null;
  }
  if (!Array.isArray(parsed)) return null;
  if (!parsed.every((item) => typeof item === 'string')) throw new LineParseError(NOT_STRING_ARRAY);
  return parsed as string[];
}
