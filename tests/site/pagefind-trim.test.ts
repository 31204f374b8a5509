// The build step that trims Pagefind's bundle: it removes the ready-made UIs, the highlighter and the
// WebAssembly of languages the index does not use, and keeps whatever the site's own files name.
import { mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { pagefindTrim } from '../../astro/pagefind-trim.mjs';

const BUNDLE = [
  'pagefind.js', 'pagefind-worker.js', 'pagefind-entry.json', 'pagefind.en_1.pf_meta', 'wasm.en.pagefind', 'wasm.unknown.pagefind',
  'pagefind-ui.js', 'pagefind-ui.css', 'pagefind-modular-ui.js', 'pagefind-modular-ui.css', 'pagefind-component-ui.js',
  'pagefind-component-ui.css', 'pagefind-highlight.js', 'index/en_1.pf_index', 'fragment/en_1.pf_fragment',
];

// A built site: the bundle, an index naming the `en` wasm, and the given pages.
function site(pages: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'wb-pagefind-'));
  const files: Record<string, string> = { ...Object.fromEntries(BUNDLE.map((f) => [`pagefind/${f}`, 'x'])), ...pages };
  files['pagefind/pagefind-entry.json'] = JSON.stringify({ version: '1.6.0', languages: { en: { hash: 'en_1', wasm: 'en', page_count: 1 } } });
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

async function trim(root: string): Promise<{ kept: string[]; log: string }> {
  let log = '';
  const logger = { info: (text: string) => (log += text) };
  await pagefindTrim().hooks['astro:build:done']({ dir: pathToFileURL(`${root}/`), logger } as never);
  return { kept: readdirSync(join(root, 'pagefind'), { recursive: true }).map(String).sort(), log };
}

describe('pagefindTrim', () => {
  it('keeps the search API, its worker, the index and the language it uses; removes the rest', async () => {
    const { kept, log } = await trim(site({ 'index.html': '<script src="/pagefind/pagefind.js"></script>' }));
    expect(kept).toEqual(['fragment', 'fragment/en_1.pf_fragment', 'index', 'index/en_1.pf_index', 'pagefind-entry.json', 'pagefind-worker.js', 'pagefind.en_1.pf_meta', 'pagefind.js', 'wasm.en.pagefind']);
    expect(log).toContain('removed 8 Pagefind files');
  });

  it('keeps a UI the site loads', async () => {
    const { kept } = await trim(site({ '_astro/search.js': 'import("/base/pagefind/pagefind-ui.js")', 'page/index.html': '<link href="pagefind/pagefind-ui.css">' }));
    expect(kept).toContain('pagefind-ui.js');
    expect(kept).toContain('pagefind-ui.css');
    expect(kept).not.toContain('pagefind-modular-ui.js');
  });
});
