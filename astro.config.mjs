// Astro configuration for the Docker Images Workbook: a static site that works from any host, from a
// sub-path and offline, and never requests anything outside its own origin.
//
// WORKBOOK_BASE — the sub-path the site is served from (default `/`). Example:
//   WORKBOOK_BASE=/docker-lessons/ npm run build   → every URL, the worker and sw.js live under /docker-lessons/
// Worker URLs are baked into the bundle with the base, so changing the sub-path needs a rebuild.
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import pagefind from 'astro-pagefind';
import { contentSecurityPolicy } from './astro/csp.mjs';
import { pagefindTrim } from './astro/pagefind-trim.mjs';
import { serviceWorker } from './astro/service-worker.mjs';

/** Normalises a base path to `/x/y/` form (leading and trailing slash) so URL joins stay simple. */
function normaliseBase(raw) {
  const trimmed = (raw ?? '/').trim().replace(/^\/+|\/+$/g, '');
  return trimmed === '' ? '/' : `/${trimmed}/`;
}

export default defineConfig({
  output: 'static',
  base: normaliseBase(process.env.WORKBOOK_BASE),
  trailingSlash: 'always',
  // Stylesheets inline (about 4 KB gzip): the early prompt is painted without waiting for a CSS request.
  build: { format: 'directory', inlineStylesheets: 'always' },
  // No prefetch, fonts or images from elsewhere: every asset is built into dist/.
  // Order matters: Pagefind writes its index and bundle, the bundle loses what the site does not load,
  // the CSP goes into every page, then the service worker precaches the finished files.
  integrations: [mdx(), pagefind(), pagefindTrim(), contentSecurityPolicy(), serviceWorker()],
  vite: {
    // 'es' keeps the worker's dynamic imports as separate lazy chunks instead of one big IIFE.
    worker: { format: 'es' },
  },
});
