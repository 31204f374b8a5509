// `--filter key=value` flags into the API's filters map (docker/cli opts.FilterOpt).
import { CliError } from '../daemon-error.ts';

/** Groups `-f dangling=true -f label=a` into `{dangling: ['true'], label: ['a']}`; rejects a bare key as docker does. */
export function filterArgs(values: readonly string[]): Record<string, string[]> {
  const filters: Record<string, string[]> = {};
  for (const value of values) {
    const eq = value.indexOf('=');
    if (eq < 0) throw new CliError(`bad format of filter (expected name=value)`);
    const key = value.slice(0, eq).trim().toLowerCase();
    (filters[key] ??= []).push(value.slice(eq + 1).trim());
  }
  return filters;
}
