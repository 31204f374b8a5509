// Lesson 01 in a real browser: built under /docker-lessons/, pull alpine, checkpoint passes, survives a reload.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { BASE, LESSON_01 as LESSON, PROMPT, openSite, screenLines, typeCommand, waitForPrompt, waitForScreen, waitReady, type Site } from './support/site.ts';

let site: Site;
let server: Site;
let context: BrowserContext;
let page: Page;
const foreignRequests: string[] = [];

async function screenText(p: Page): Promise<string> {
  return (await screenLines(p)).join('\n');
}

async function passedIds(p: Page): Promise<string[]> {
  return p.locator('[data-checkpoint][data-state="passed"]').evaluateAll((els) =>
    els.map((el) => (el as HTMLElement).dataset.checkpoint!),
  );
}

beforeAll(async () => {
  site = server = await openSite();
  context = await site.browser.newContext();
  context.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(server.origin) && !url.startsWith('data:') && !url.startsWith('blob:')) foreignRequests.push(url);
  });
  page = await context.newPage();
  page.on('pageerror', (error) => console.error('page error:', error));
});

afterAll(async () => {
  await site?.close();
});
describe('lesson 01 under a sub-path', () => {
  it('serves the home page with the lesson listed', async () => {
    await page.goto(server.url);
    await expect(page.title()).resolves.toBe('Docker Images Workbook');
    const link = page.locator(`a[href="${BASE}${LESSON}"]`);
    await expect(link.count()).resolves.toBe(1);
  });

  it('runs the first checkpoint\'s solution in the terminal, passes it, and keeps the pass over a reload', async () => {
    await page.goto(server.url + LESSON);
    await waitReady(page);
    const first = await page.locator('[data-checkpoint]').first().getAttribute('data-checkpoint');
    expect(first, 'lesson 01 declares checkpoints (lessons/01-what-is-an-image/checkpoints.ts)').toBeTruthy();
    expect(await passedIds(page)).toEqual([]);
    // Hints come one at a time
    const hints = page.locator(`[data-checkpoint="${first}"] [data-hint]`);
    await page.click(`[data-checkpoint="${first}"] [data-hint-button]`);
    await expect(hints.nth(0).isVisible()).resolves.toBe(true);
    if ((await hints.count()) > 1) await expect(hints.nth(1).isVisible()).resolves.toBe(false);
    const solution = (await page.locator(`[data-checkpoint="${first}"] [data-solution] code`).textContent()) ?? '';
    for (const line of solution.split('\n').filter(Boolean)) {
      await typeCommand(page, line);
      await waitForPrompt(page, PROMPT, 30000);
    }
    await page.waitForSelector(`[data-checkpoint="${first}"][data-state="passed"]`, { timeout: 10000 });
    const passed = await passedIds(page);
    // a passed checkpoint has no Hint button
    await expect(page.locator(`[data-checkpoint="${first}"] [data-hint-button]`).isVisible()).resolves.toBe(false);

    await page.reload();
    await waitReady(page);
    await page.waitForSelector(`[data-checkpoint="${first}"][data-state="passed"]`, { timeout: 10000 });
    expect(await passedIds(page)).toEqual(passed);
    await typeCommand(page, 'docker images');
    await waitForScreen(page, 'REPOSITORY');
    expect(await screenText(page)).toMatch(/alpine\s+3\.21\s/);
  });

  it('shows progress on the home page', async () => {
    await page.goto(server.url);
    await page.waitForSelector('[data-lesson="01-what-is-an-image"][data-state]', { timeout: 10000 });
  });

  it('works offline after the first visit (service worker): the lesson again, pages never visited, their lazy chunks, the 404', async () => {
    await page.goto(server.url + LESSON);
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    await context.setOffline(true);
    try {
      await page.reload();
      await waitReady(page);
      // Another lesson, never opened: its page, its session, and the editor and picture chunks it fetches when reached for.
      await page.goto(`${server.url}lessons/08-first-dockerfile/`);
      await waitReady(page);
      await page.locator('[data-code-editor]').hover();
      await page.locator('[data-code-editor] .cm-content').waitFor({ timeout: 15000 });
      await page.waitForSelector('[data-layers]:not([hidden])', { timeout: 15000 });
      await typeCommand(page, 'docker images -q | wc -l');
      await waitForPrompt(page);
      // The progress page and search.
      await page.goto(`${server.url}progress/`);
      await page.getByRole('table', { name: 'Progress' }).waitFor();
      await page.getByRole('searchbox', { name: 'Search' }).fill('dockerignore');
      await page.locator('[data-search-results] a').first().waitFor({ timeout: 15000 });
      // An address the site does not have: its own 404 page, not the browser's offline page.
      await page.goto(`${server.url}no-such-page/`);
      await page.getByRole('heading', { level: 1 }).waitFor();
      expect(await page.getByRole('link', { name: 'Progress', exact: true }).count()).toBeGreaterThan(0);
    } finally {
      await context.setOffline(false);
    }
  });

  it('made no request outside its own origin', () => {
    expect(foreignRequests).toEqual([]);
  });
});
