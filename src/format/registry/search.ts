// `docker search` text, as docker/cli's registry/formatter_search.go renders it.
import type { ImageSearchResponseItem } from '../../engine/index.ts';
import { ellipsis, TABLE_FORMAT_KEY, writeContext } from '../context.ts';
import { GoStruct } from '../go/template/index.ts';

const defaultTable = 'table {{.Name}}\t{{.Description}}\t{{.StarCount}}\t{{.IsOfficial}}';
const searchHeader: Record<string, string> = {
  Name: 'NAME', Description: 'DESCRIPTION', StarCount: 'STARS', IsOfficial: 'OFFICIAL',
};

/** Options of `docker search` that change its text; `limit` keeps the first N results as the registry would. */
export interface SearchFormatOptions {
  format?: string;
  noTrunc?: boolean;
  limit?: number;
}

/** The `*registry.searchContext` of one result; `json` mode prints booleans as "true"/"false". */
export function searchContext(r: ImageSearchResponseItem, trunc: boolean): GoStruct {
  const fields = (json: boolean) => {
    const bool = (v: boolean) => (json ? String(v) : v ? '[OK]' : '');
    return {
      Name: () => r.name,
      Description: () => {
        const d = r.description.replace(/[\n\r]/g, ' ');
        return trunc ? ellipsis(d, 45) : d;
      },
      StarCount: () => String(r.star_count),
      // docker/cli 28 dropped IsAutomated (automated builds are gone): the real CLI rejects the field.
      IsOfficial: () => bool(r.is_official),
    };
  };
  return new GoStruct('*registry.searchContext', fields(false), () =>
    Object.fromEntries(Object.entries(fields(true)).map(([k, f]) => [k, f()])),
  );
}

/** The exact stdout of `docker search`; throws FormatError for bad templates. */
export function formatSearch(results: readonly ImageSearchResponseItem[], opts: SearchFormatOptions): string {
  const format = !opts.format || opts.format === TABLE_FORMAT_KEY ? defaultTable : opts.format;
  const limited = opts.limit !== undefined && opts.limit > 0 ? results.slice(0, opts.limit) : results;
  return writeContext(format, limited.map((r) => searchContext(r, !opts.noTrunc)), searchHeader);
}
