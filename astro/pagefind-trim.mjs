// After Pagefind has indexed the site: removes the parts of its bundle nothing here loads. Pagefind
// always writes its three ready-made search UIs (default, modular, component), a highlighter and a
// WebAssembly module per language it knows; the site searches through `pagefind.js` with its own
// box (src/components/SiteSearch.astro), and the index names the one language it uses. Every built
// file is precached for offline use, so what stays here a learner downloads on the first visit
// (about 0.5 MB: 10% of the site).
import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { listFiles } from './files.mjs';

// The optional bundles: a UI's script and stylesheet, or the result-page highlighter.
const OPTIONAL = /^pagefind\/(pagefind-(ui|modular-ui|component-ui)\.(js|css)|pagefind-highlight\.js)$/;

/** Astro integration: trims Pagefind's bundle to what the site loads; runs after astro-pagefind. */
export function pagefindTrim() {
  return {
    name: 'workbook-pagefind-trim',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const files = await listFiles(root);
        const entry = JSON.parse(await readFile(join(root, 'pagefind/pagefind-entry.json'), 'utf8'));
        const wasm = new Set(Object.values(entry.languages).map((language) => `pagefind/wasm.${language.wasm}.pagefind`));
        // A bundle the site's own pages or scripts name stays, whatever the rules above say.
        const ours = files.filter((f) => !f.startsWith('pagefind/') && /\.(html|js|css)$/.test(f));
        const named = (await Promise.all(ours.map((f) => readFile(join(root, f), 'utf8')))).join('\n');
        const unused = files.filter((f) => (OPTIONAL.test(f) || (/^pagefind\/wasm\.[^/]+\.pagefind$/.test(f) && !wasm.has(f))) && !named.includes(f.slice('pagefind/'.length)));
        for (const file of unused) await rm(join(root, file));
        logger.info(`removed ${unused.length} Pagefind files the site does not load: ${unused.map((f) => f.slice('pagefind/'.length)).join(', ')}`);
      },
    },
  };
}
