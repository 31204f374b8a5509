// A language runtime whose files do not arrive (offline before the site was saved, a failed download)
// says so in one line, gives the prompt back, and the session goes on; once the files can be fetched
// again, the next run works (issue 15 §6).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Route } from 'playwright-core';
import { LESSON_01, openSite, typeCommand, waitForPrompt, waitForScreen, waitReady, watchedPage, type Site } from './support/site.ts';

let site: Site;

beforeAll(async () => {
  site = await openSite();
});

afterAll(async () => {
  await site?.close();
});

describe('a runtime that cannot be loaded in the page', () => {
  it('python3 prints one line and the session carries on; the next run loads it', { timeout: 180_000 }, async () => {
    // The service worker would answer from its cache without the routes below seeing the requests.
    const { context, page, problems } = await watchedPage(site, { viewport: { width: 1400, height: 1000 }, serviceWorkers: 'block' });
    // Python's program chunk (the chunk mentioning MicroPython's wasm) and its WebAssembly fail to download.
    let failed = 0;
    const failPython = async (route: Route) => {
      const url = route.request().url();
      if (/micropython[^/]*\.wasm$/.test(url)) {
        failed++;
        return route.abort('internetdisconnected');
      }
      const response = await route.fetch();
      const body = await response.text();
      if (!body.includes('KeyboardInterrupt')) return route.fulfill({ response, body });
      failed++;
      return route.abort('internetdisconnected');
    };
    await context.route(/\/_astro\/(program|micropython)[^/]*\.(js|wasm)$/, failPython);
    await page.goto(`${site.url}${LESSON_01}`);
    await waitReady(page);

    await typeCommand(page, 'docker pull -q python:3.12-alpine');
    await waitForPrompt(page, undefined, 60_000);
    await typeCommand(page, 'docker run --rm python:3.12-alpine python3 -c "print(6 * 7)"; echo "status $?"');
    await waitForScreen(page, 'python3: the Python runtime could not be loaded: its files could not be fetched (offline before the site was saved for offline use?)', 60_000);
    await waitForScreen(page, 'status 1', 30_000);
    await waitForPrompt(page);
    expect(failed).toBeGreaterThan(0);

    await typeCommand(page, 'echo still here');
    await waitForScreen(page, 'still here');
    await waitForPrompt(page);

    await context.unroute(/\/_astro\/(program|micropython)[^/]*\.(js|wasm)$/, failPython);
    await typeCommand(page, 'docker run --rm python:3.12-alpine python3 -c "print(6 * 7)"');
    await waitForScreen(page, '42', 90_000);
    await waitForPrompt(page);
    expect(problems).toEqual([]);
    await context.close();
  });
});
