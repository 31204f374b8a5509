// The page's command history over fake-indexeddb: a damaged record never reaches the line editor.
import 'fake-indexeddb/auto';
import { createStore, set } from 'idb-keyval';
import { describe, expect, it } from 'vitest';
import { forgetHistory, loadHistory, saveHistory } from '../../src/terminal/history-store.ts';

describe('history store', () => {
  it('keeps a lesson\'s history across loads and forgets it on reset', async () => {
    await saveHistory('01', ['docker images', 'ls']);
    expect(await loadHistory('01')).toEqual(['docker images', 'ls']);
    await forgetHistory('01');
    expect(await loadHistory('01')).toEqual([]);
  });

  it('a damaged record gives back only its lines of text', async () => {
    const store = createStore('docker-workbook-pages', 'pages');
    await set('history/02', ['pwd', 42, null, { line: 'x' }, 'ls -l'], store);
    expect(await loadHistory('02')).toEqual(['pwd', 'ls -l']);
    await set('history/03', 'not a list', store);
    expect(await loadHistory('03')).toEqual([]);
    await set('history/04', { 0: 'pwd' }, store);
    expect(await loadHistory('04')).toEqual([]);
  });
});
