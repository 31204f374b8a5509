// `docker history` text, as docker/cli's image/formatter_history.go renders it.
import type { HistoryResponseItem } from '../../engine/index.ts';
import { DEFAULT_QUIET_FORMAT, ellipsis, TABLE_FORMAT_KEY, truncateId, writeContext } from '../context.ts';
import { goRfc3339 } from '../go/time.ts';
import { GoStruct } from '../go/template/index.ts';
import { humanDuration, humanSizeWithPrecision } from '../units.ts';

const defaultTable = 'table {{.ID}}\t{{.CreatedSince}}\t{{.CreatedBy}}\t{{.Size}}\t{{.Comment}}';
const nonHumanTable = 'table {{.ID}}\t{{.CreatedAt}}\t{{.CreatedBy}}\t{{.Size}}\t{{.Comment}}';
const historyHeader: Record<string, string> = {
  ID: 'IMAGE', CreatedSince: 'CREATED', CreatedAt: 'CREATED AT', CreatedBy: 'CREATED BY', Size: 'SIZE', Comment: 'COMMENT',
};
// Dates on or before 2000-01-01 UTC print N/A (images built with SOURCE_DATE_EPOCH=0 and the like).
const y2k = Date.UTC(2000, 0, 1) / 1000;

/** Options of `docker history`; `human` defaults to true (`-H`), `now` is Unix seconds. */
export interface HistoryFormatOptions {
  format?: string;
  quiet?: boolean;
  noTrunc?: boolean;
  human?: boolean;
  now: number;
}

/** NewHistoryFormat: the template for a `--format` value with -q and -H. */
export function historyTemplate(source: string, quiet: boolean, human: boolean): string {
  if (source !== TABLE_FORMAT_KEY) return source;
  if (quiet) return DEFAULT_QUIET_FORMAT;
  return human ? defaultTable : nonHumanTable;
}

/** The `*image.historyContext` of one row. */
export function historyContext(h: HistoryResponseItem, trunc: boolean, human: boolean, now: number): GoStruct {
  const createdAt = () => goRfc3339(h.Created);
  return new GoStruct('*image.historyContext', {
    ID: () => (trunc ? truncateId(h.Id) : h.Id),
    CreatedSince: () => {
      if (!human) return createdAt();
      if (h.Created <= y2k) return 'N/A';
      return humanDuration(now - h.Created) + ' ago';
    },
    CreatedAt: createdAt,
    CreatedBy: () => {
      const by = h.CreatedBy.replace(/\t/g, ' ');
      return trunc ? ellipsis(by, 45) : by;
    },
    Size: () => (human ? humanSizeWithPrecision(h.Size, 3) : String(h.Size)),
    Comment: () => h.Comment,
  });
}

/** The exact stdout of `docker history`; throws FormatError for bad templates. */
export function formatHistory(items: readonly HistoryResponseItem[], opts: HistoryFormatOptions): string {
  const human = opts.human ?? true;
  const format = historyTemplate(opts.format || TABLE_FORMAT_KEY, !!opts.quiet, human);
  return writeContext(format, items.map((h) => historyContext(h, !opts.noTrunc, human, opts.now)), historyHeader);
}
