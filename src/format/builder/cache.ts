// buildx's build cache tables (commands/diskusage.go, prune.go): a row per record in tabs (Go's
// tabwriter padding with '\t' to 8-column stops), `--verbose` as key/value blocks, and the totals.
import type { UsageRecord } from '../../engine/index.ts';
import { tabwrite, type TabwriterOptions } from '../tabwriter.ts';
import { humanDuration, humanSize } from '../units.ts';

// tabwriter.NewWriter(os.Stdout, 1, 8, 1, '\t', 0)
const TABS: TabwriterOptions = { minWidth: 1, padding: 1, padChar: '\t', tabWidth: 8 };

const HEADER = 'ID\tRECLAIMABLE\tSIZE\tLAST ACCESSED\n';

// Go's %-Ns: the text left-aligned in N columns.
const left = (text: string, width: number) => text.padEnd(width);

// units.HumanDuration(time.Since(t)) + " ago", `now` in ms.
function ago(at: string | null, now: number): string {
  return at ? `${humanDuration((now - Date.parse(at)) / 1000)} ago` : '';
}

// printTableRow: a mutable record's ID and a shared record's size carry a `*`.
function row(entry: UsageRecord, now: number): string {
  const id = entry.ID + (entry.Mutable ? '*' : '');
  const size = humanSize(entry.Size) + (entry.Shared ? '*' : '');
  return `${left(id, 40)}\t${left(String(!entry.InUse), 5)}\t${left(size, 10)}\t${ago(entry.LastUsedAt, now)}\n`;
}

// Go's time.Time.String() in UTC: `2026-12-07 21:40:00.5 +0000 UTC` (fractional seconds without trailing zeros).
function goTime(rfc3339: string): string {
  const [date, time] = new Date(rfc3339).toISOString().slice(0, -1).split('T');
  const [clock, fraction] = time.split('.');
  const digits = fraction.replace(/0+$/, '');
  return `${date} ${clock}${digits ? `.${digits}` : ''} +0000 UTC`;
}

// printVerbose: one block of `Key:\tvalue` lines a record, each followed by a blank line.
function verbose(entry: UsageRecord, now: number): string {
  const lines = [
    ['ID', entry.ID],
    ...(entry.Parents?.length ? [['Parent', entry.Parents.join(',')]] : []),
    ['Created at', goTime(entry.CreatedAt)],
    ['Mutable', String(entry.Mutable)],
    ['Reclaimable', String(!entry.InUse)],
    ['Shared', String(entry.Shared)],
    ['Size', humanSize(entry.Size)],
    ...(entry.Description ? [['Description', entry.Description]] : []),
    ['Usage count', String(entry.UsageCount)],
    ...(entry.LastUsedAt ? [['Last used', ago(entry.LastUsedAt, now)]] : []),
    ['Type', entry.Type],
  ];
  return tabwrite(`${lines.map(([k, v]) => `${k}:\t${v}\n`).join('')}\n`, TABS);
}

/** `docker buildx du [--verbose]`: every record, then (without a filter) the shared, private, reclaimable and total bytes. */
export function formatCacheUsage(entries: UsageRecord[], options: { verbose: boolean; filtered: boolean; now: number }): string {
  let out = options.verbose ? entries.map((e) => verbose(e, options.now)).join('') : tabwrite(HEADER + entries.map((e) => row(e, options.now)).join(''), TABS);
  if (!options.filtered) {
    const total = entries.reduce((sum, e) => sum + (e.Size > 0 ? e.Size : 0), 0);
    const reclaimable = entries.reduce((sum, e) => sum + (e.Size > 0 && !e.InUse ? e.Size : 0), 0);
    const shared = entries.reduce((sum, e) => sum + (e.Shared ? e.Size : 0), 0);
    const summary = [...(shared > 0 ? [['Shared', shared], ['Private', total - shared]] : []), ['Reclaimable', reclaimable], ['Total', total]] as [string, number][];
    out += tabwrite(summary.map(([k, v]) => `${k}:\t${humanSize(v)}\n`).join(''), TABS);
  }
  return out;
}

/** `docker buildx prune`: each record removed as it goes (the header with the first; each row flushed alone), then the total. */
export function formatCachePrune(entries: UsageRecord[], options: { verbose: boolean; now: number }): string {
  const rows = entries.map((e, i) => (options.verbose ? verbose(e, options.now) : tabwrite((i === 0 ? HEADER : '') + row(e, options.now), TABS)));
  const total = entries.reduce((sum, e) => sum + e.Size, 0);
  return `${rows.join('')}${tabwrite(`Total:\t${humanSize(total)}\n`, TABS)}`;
}
