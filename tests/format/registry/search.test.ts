import { describe, expect, it } from 'vitest';
import { hasCorpus, readCorpusJson, readCorpusText } from '../../support/corpus.ts';
import { formatSearch } from '../../../src/format/registry/search.ts';
import type { ImageSearchResponseItem } from '../../../src/engine/api/images.ts';

const result = (name: string, description: string, stars: number, official: boolean): ImageSearchResponseItem => ({
  name, description, star_count: stars, is_official: official, is_automated: false,
});
const results = [result('result1', 'Official build', 5000, true), result('result2', 'Not official', 5, false)];

describe.runIf(hasCorpus)('docker search: corpus', () => {
  it('search-context-write-table.golden', () => {
    expect(formatSearch(results, {})).toBe(readCorpusText('docker-cli-28.x/cli/command/registry/testdata/search-context-write-table.golden'));
    expect(formatSearch(results, { format: 'table' })).toBe(readCorpusText('docker-cli-28.x/cli/command/registry/testdata/search-context-write-table.golden'));
  });
  it('the default format is the one docker-cli-formatter-cases.json records', () => {
    const data = readCorpusJson<{ search: { defaultFormat: string; goldens: Record<string, string> } }>('docker-cli-formatter-cases.json').search;
    expect(formatSearch(results, { format: data.defaultFormat })).toBe(data.goldens['search-context-write-table.golden']);
  });
});

describe('docker search: fields', () => {
  it('cuts descriptions at 45 columns unless --no-trunc, and flattens newlines', () => {
    const r = result('nginx', 'Official build of Nginx.\nA high performance web server and reverse proxy', 20000, true);
    expect(formatSearch([r], { format: '{{.Description}}' })).toBe('Official build of Nginx. A high performance …\n');
    expect(formatSearch([r], { format: '{{.Description}}', noTrunc: true })).toBe('Official build of Nginx. A high performance web server and reverse proxy\n');
  });
  it('prints [OK] in tables and "true"/"false" in JSON', () => {
    expect(formatSearch(results, { format: '{{.Name}}:{{.IsOfficial}}' })).toBe('result1:[OK]\nresult2:\n');
    expect(formatSearch(results.slice(0, 1), { format: 'json' })).toBe('{"Description":"Official build","IsOfficial":"true","Name":"result1","StarCount":"5000"}\n');
  });
  it('keeps the first --limit results', () => {
    expect(formatSearch(results, { format: '{{.Name}}', limit: 1 })).toBe('result1\n');
  });
  it('has no IsAutomated field any more, as docker/cli 28.2.2', () => {
    expect(() => formatSearch(results, { format: '{{.IsAutomated}}' })).toThrow(/can't evaluate field IsAutomated in type \*registry.searchContext/);
  });
});
