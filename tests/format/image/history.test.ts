import { describe, expect, it } from 'vitest';
import { hasCorpus, readCorpusJson, readCorpusText } from '../../support/corpus.ts';
import { formatHistory } from '../../../src/format/image/history.ts';
import type { HistoryResponseItem } from '../../../src/engine/api/images.ts';

const NOW = 1_700_000_000;
const yearsAgo = (n: number) => {
  const d = new Date(NOW * 1000);
  d.setUTCFullYear(d.getUTCFullYear() - n);
  return d.getTime() / 1000;
};

interface CorpusItem { ID: string; Created: string | number; CreatedBy: string; Size: number; Comment: string }
interface HistoryCases {
  history: {
    items: CorpusItem[];
    cases: { format: string; human: boolean; trunc: boolean; expected: string }[];
    fieldCases: { field: string; created?: string | number; size?: number; human?: boolean; expected?: string }[];
  };
}

function created(c: string | number): number {
  if (typeof c === 'number') return c;
  const m = /^now-(\d+)(day|days|years)$/.exec(c);
  if (m) return m[2] === 'years' ? yearsAgo(Number(m[1])) : NOW - Number(m[1]) * 86400;
  return Date.parse(c) / 1000;
}

const item = (i: Partial<HistoryResponseItem>): HistoryResponseItem => ({ Id: 'x', Created: NOW, CreatedBy: '', Tags: null, Size: 0, Comment: '', ...i });

describe.runIf(hasCorpus)('docker history: docker-cli-formatter-cases.json', () => {
  const data = hasCorpus ? readCorpusJson<HistoryCases>('docker-cli-formatter-cases.json').history : { items: [], cases: [], fieldCases: [] };
  const items = data.items.map((i) => item({ Id: i.ID, Created: created(i.Created), CreatedBy: i.CreatedBy, Size: i.Size, Comment: i.Comment }));
  it.each(data.cases)('table human=$human trunc=$trunc', (c) => {
    expect(formatHistory(items, { format: c.format, human: c.human, noTrunc: !c.trunc, now: NOW })).toBe(c.expected);
  });
  // The field cases describe some expectations in words; the concrete ones are checked exactly.
  const concrete: Record<string, string> = {
    'N/A (anything <= 2000-01-01 UTC)': 'N/A',
    'RFC3339 in local tz, e.g. 2009-11-10T23:00:00Z': '2009-11-10T23:00:00Z',
  };
  it.each(data.fieldCases.filter((f) => f.expected !== undefined))('{{.$field}} created=$created human=$human', (f) => {
    const h = item({ Created: f.created !== undefined ? created(f.created) : NOW, Size: f.size ?? 0 });
    expect(formatHistory([h], { format: `{{.${f.field}}}`, human: f.human, now: NOW })).toBe((concrete[f.expected!] ?? f.expected) + '\n');
  });
  it('CreatedBy: tabs become spaces, then Ellipsis(45)', () => {
    const h = item({ CreatedBy: '/bin/sh -c\tapk add --no-cache curl ca-certificates tzdata git' });
    expect(formatHistory([h], { format: '{{.CreatedBy}}', now: NOW })).toBe('/bin/sh -c apk add --no-cache curl ca-certif…\n');
    expect(formatHistory([h], { format: '{{.CreatedBy}}', noTrunc: true, now: NOW })).toBe('/bin/sh -c apk add --no-cache curl ca-certificates tzdata git\n');
  });
});

describe.runIf(hasCorpus)('docker history: docker-cli-28.x goldens', () => {
  const golden = (n: string) => (hasCorpus ? readCorpusText(`docker-cli-28.x/cli/command/image/testdata/history-command-success.${n}.golden`) : '');
  // Inputs inferred from the goldens: one item created "now".
  it('simple', () => {
    expect(formatHistory([item({ Id: '1234567890123456789', Comment: 'none' })], { now: NOW })).toBe(golden('simple'));
  });
  it('platform', () => {
    expect(formatHistory([item({ Id: '1234567890123456789' })], { now: NOW })).toBe(golden('platform'));
  });
  it('quiet', () => {
    expect(formatHistory([item({ Id: 'tag' })], { quiet: true, now: NOW })).toBe(golden('quiet'));
  });
  it('quiet-no-trunc', () => {
    expect(formatHistory([item({ Id: '1234567890123456789' })], { quiet: true, noTrunc: true, now: NOW })).toBe(golden('quiet-no-trunc'));
  });
  it('non-human', () => {
    const h = item({ Id: 'abcdef', Created: Date.parse('2017-01-01T12:00:03Z') / 1000, CreatedBy: 'rose', Comment: 'new history item!' });
    expect(formatHistory([h], { human: false, now: NOW })).toBe(golden('non-human'));
  });
});

describe('docker history: rows', () => {
  it('keeps <missing> ancestor IDs and prints sizes with 3 digits', () => {
    const rows = [
      item({ Id: 'sha256:' + 'f'.repeat(64), Created: NOW - 7200, CreatedBy: 'CMD ["/bin/sh"]', Size: 0, Comment: 'buildkit.dockerfile.v0' }),
      item({ Id: '<missing>', Created: NOW - 3 * 86400, CreatedBy: '/bin/sh -c #(nop) ADD file:abc in / ', Size: 7_800_000 }),
    ];
    expect(formatHistory(rows, { now: NOW })).toBe(
      'IMAGE          CREATED       CREATED BY                             SIZE      COMMENT\n' +
        'ffffffffffff   2 hours ago   CMD ["/bin/sh"]                        0B        buildkit.dockerfile.v0\n' +
        '<missing>      3 days ago    /bin/sh -c #(nop) ADD file:abc in /    7.8MB     \n',
    );
  });
  it('prints JSON lines for --format json', () => {
    expect(formatHistory([item({ Id: '<missing>', Size: 5 })], { format: 'json', now: NOW })).toBe(
      '{"Comment":"","CreatedAt":"2023-11-14T22:13:20Z","CreatedBy":"","CreatedSince":"Less than a second ago","ID":"\\u003cmissing\\u003e","Size":"5B"}\n',
    );
  });
});
