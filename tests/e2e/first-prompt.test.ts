// The first prompt in Chromium: it is on screen before the terminal's script has arrived, and what a
// learner types then is kept and run once the terminal and the engine are up. The page's script is
// held back by the test (a slow network), so the early prompt is what the learner sees and types into.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LESSON_01, PROMPT, openSite, screenLines, waitForPrompt, waitReady, watchedPage, type Site } from './support/site.ts';

let site: Site;

beforeAll(async () => {
  site = await openSite();
});
afterAll(async () => {
  await site?.close();
});

describe('the prompt before the terminal script', () => {
  it('shows the prompt while the script is still loading; keys typed then run once it arrives, and focus moves over', async () => {
    const { page, problems, context } = await watchedPage(site, { viewport: { width: 1280, height: 900 } });
    let release: () => void = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(/\/_astro\/Lesson\.astro[^/]*\.js$/, async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(site.url + LESSON_01, { waitUntil: 'commit' });
    await page.waitForFunction(() => window.__workbookReady !== undefined);
    const readyAt = await page.evaluate(() => window.__workbookReady);
    expect(readyAt).toBeGreaterThan(0);
    const early = page.getByRole('textbox', { name: /^Terminal input/ });
    expect(await early.isVisible()).toBe(true);
    expect(await early.innerText()).toContain(`${PROMPT} `);
    // No xterm yet: the page's script has not run.
    expect(await page.locator('[data-terminal] .xterm').count()).toBe(0);
    await early.click();
    await page.keyboard.type('echo early-bird-x', { delay: 2 });
    await page.keyboard.press('Backspace');
    await page.keyboard.press('Backspace');
    await page.keyboard.press('Enter');
    expect(await early.innerText()).toContain(`${PROMPT} echo early-bird\n`);

    release();
    await waitReady(page);
    await waitForPrompt(page);
    const rows = await screenLines(page);
    expect(rows).toContain(`${PROMPT} echo early-bird`);
    expect(rows.at(-2)).toBe('early-bird');
    expect(await page.locator('[data-terminal-boot]').count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.classList.contains('xterm-helper-textarea'))).toBe(true);
    expect(problems).toEqual([]);
    await context.close();
  });
});

declare global {
  interface Window {
    __workbookReady?: Promise<number>;
  }
}
