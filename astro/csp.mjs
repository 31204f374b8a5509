// A strict Content-Security-Policy for every built page, as a <meta> tag first in <head>: everything
// from the site's own origin, inline scripts only by their sha256 hash.
import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { listFiles } from './files.mjs';

// A <script> without src whose type runs code (none, a JavaScript MIME type, or module). JSON data
// blocks (type="application/json") are not scripts to the browser and need no hash.
const INLINE_SCRIPT = /<script(?![^>]*\ssrc=)([^>]*)>([\s\S]*?)<\/script>/g;
const RUNS = (attributes) => {
  const type = /\stype=["']?([^"'\s>]+)/.exec(attributes)?.[1]?.toLowerCase();
  return type === undefined || type === 'module' || /javascript|ecmascript/.test(type);
};

/** The policy for a page whose inline scripts hash to `hashes`. */
export function policyFor(hashes) {
  const scripts = ["'self'", ...[...new Set(hashes)].map((h) => `'sha256-${h}'`)];
  return [
    "default-src 'self'",
    // Pagefind's search index runs as WebAssembly on the page: 'wasm-unsafe-eval' allows compiling it
    // and nothing else (no eval, no inline code beyond the hashes).
    `script-src ${scripts.join(' ')} 'wasm-unsafe-eval'`,
    // xterm and CodeMirror set styles from script (theme, sizes): style elements they create need this.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "worker-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
}

/** The hashes of a page's inline scripts, base64 sha256 of their exact text. */
export function inlineScriptHashes(html) {
  const hashes = [];
  for (const [, attributes, body] of html.matchAll(INLINE_SCRIPT)) {
    if (RUNS(attributes)) hashes.push(createHash('sha256').update(body, 'utf8').digest('base64'));
  }
  return hashes;
}

/** Astro integration: after the build, puts the policy meta tag first in every page's <head>. */
export function contentSecurityPolicy() {
  return {
    name: 'workbook-content-security-policy',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const pages = (await listFiles(root)).filter((f) => f.endsWith('.html'));
        for (const page of pages) {
          const path = join(root, page);
          const html = await readFile(path, 'utf8');
          const meta = `<meta http-equiv="Content-Security-Policy" content="${policyFor(inlineScriptHashes(html))}">`;
          // After <meta charset> (which must come first), before any script.
          const charset = /<meta charset="?utf-8"?\s*\/?>/i.exec(html);
          const at = charset ? charset.index + charset[0].length : html.search(/<head>/i) + '<head>'.length;
          await writeFile(path, html.slice(0, at) + meta + html.slice(at));
        }
        logger.info(`Content-Security-Policy set on ${pages.length} pages`);
      },
    },
  };
}
