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

// Prompt first (global.css): where the terminal sits beside the lesson, its prompt is painted in a
// frame of its own and the rest of the page follows, without moving anything on screen.
describe('the prompt paints first', () => {
  /** Records, from the page's first moment, whether the prompt-first attribute was ever set and every layout shift. */
  const watchFirstFrames = () => {
    const seen = { promptFirst: false, shifts: [] as string[] };
    (window as unknown as { __firstFrames: typeof seen }).__firstFrames = seen;
    new MutationObserver((records) => {
      if (records.some((record) => record.oldValue === null)) seen.promptFirst = true; // set, not removed
    }).observe(document, { attributes: true, subtree: true, attributeOldValue: true, attributeFilter: ['data-prompt-first'] });
    new PerformanceObserver((list) => {
      for (const shift of list.getEntries() as unknown as { value: number; sources: { node?: Node }[] }[]) {
        seen.shifts.push(`${shift.value.toFixed(4)} ${shift.sources.map((s) => (s.node as Element | undefined)?.className).join(',')}`);
      }
    }).observe({ type: 'layout-shift', buffered: true });
  };
  const firstFrames = (page: import('playwright-core').Page) =>
    page.evaluate(() => (window as unknown as { __firstFrames: { promptFirst: boolean; shifts: string[] } }).__firstFrames);
  const shown = (page: import('playwright-core').Page) =>
    page.waitForFunction(() => !document.documentElement.hasAttribute('data-prompt-first') && document.querySelector('h1')!.getBoundingClientRect().height > 0);

  for (const width of [1024, 1280, 1600]) {
    it(`at ${width} px wide: the prompt is on screen before the lesson's title, and nothing moves when the rest comes`, async () => {
      const { page, problems, context } = await watchedPage(site, { viewport: { width, height: 800 } });
      await page.addInitScript(watchFirstFrames);
      await page.goto(site.url + LESSON_01);
      await page.evaluate(() => window.__workbookReady);
      await shown(page);
      // Two frames after the reveal, so its layout has been through the shift tracker.
      await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
      const { promptFirst, shifts } = await firstFrames(page);
      expect(promptFirst).toBe(true);
      expect(shifts).toEqual([]);
      const painted = await page.evaluate(() => new Promise<Record<string, number>>((resolve) => {
        new PerformanceObserver((list) => resolve(Object.fromEntries(
          (list.getEntries() as unknown as { identifier: string; renderTime: number }[]).map((e) => [e.identifier, e.renderTime]),
        ))).observe({ type: 'element', buffered: true });
      }));
      expect(painted['terminal-prompt']).toBeGreaterThan(0);
      expect(painted['lesson-title']).toBeGreaterThan(painted['terminal-prompt']);
      await expect.poll(() => page.getByRole('heading', { level: 1 }).isVisible()).toBe(true);
      expect(problems).toEqual([]);
      await context.close();
    });
  }

  it('a link to a place in the lesson shows the whole page at once, and scrolls to it', async () => {
    const { page, problems, context } = await watchedPage(site, { viewport: { width: 1280, height: 800 } });
    await page.addInitScript(watchFirstFrames);
    await page.goto(`${site.url}${LESSON_01}#checkpoint-distro-detective`);
    await page.evaluate(() => window.__workbookReady);
    expect((await firstFrames(page)).promptFirst).toBe(false);
    await expect.poll(() => page.locator('#checkpoint-distro-detective').evaluate((el) => {
      const box = el.getBoundingClientRect();
      return box.top >= 0 && box.top < innerHeight;
    })).toBe(true);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('on a phone, where the lesson and the terminal take turns, the page is never held back', async () => {
    const { page, problems, context } = await watchedPage(site, { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    await page.addInitScript(watchFirstFrames);
    await page.goto(site.url + LESSON_01);
    await expect.poll(() => page.getByRole('heading', { level: 1 }).isVisible()).toBe(true);
    expect((await firstFrames(page)).promptFirst).toBe(false);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('when the prompt is never painted, the page still shows after a second', async () => {
    // The early prompt is taken out of the page as it is parsed (as if something kept it from being
    // drawn), so Element Timing never reports it; the timer set in the page's head shows the page.
    const { page, problems, context } = await watchedPage(site, { viewport: { width: 1280, height: 800 } });
    await page.addInitScript(watchFirstFrames);
    await page.addInitScript(() => {
      const times = ((window as unknown as { __shownAt: number[] }).__shownAt = [] as number[]);
      new MutationObserver((records) => {
        for (const record of records) {
          if (record.type === 'attributes' && record.oldValue !== null) times.push(performance.now());
          for (const node of record.addedNodes) if (node instanceof HTMLElement && node.matches('[data-terminal-boot]')) node.style.display = 'none';
        }
      }).observe(document, { childList: true, subtree: true, attributes: true, attributeOldValue: true, attributeFilter: ['data-prompt-first'] });
    });
    await page.goto(site.url + LESSON_01);
    await shown(page);
    const shownAt = await page.evaluate(() => (window as unknown as { __shownAt: number[] }).__shownAt);
    expect(shownAt).toHaveLength(1);
    expect(shownAt[0]).toBeGreaterThanOrEqual(900);
    expect((await firstFrames(page)).promptFirst).toBe(true);
    expect(await page.getByRole('heading', { level: 1 }).isVisible()).toBe(true);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('a reload keeps the place the learner had scrolled to', async () => {
    // The page is short while only the terminal is shown: the browser's scroll restoration must still land.
    const { page, problems, context } = await watchedPage(site, { viewport: { width: 1280, height: 720 } });
    await page.goto(site.url + LESSON_01);
    await shown(page);
    await page.evaluate(() => window.scrollTo(0, 2000));
    await expect.poll(() => page.evaluate(() => scrollY)).toBe(2000);
    await page.reload();
    await page.evaluate(() => window.__workbookReady);
    await shown(page);
    await expect.poll(() => page.evaluate(() => scrollY)).toBe(2000);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('without JavaScript the whole page shows', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.goto(site.url + LESSON_01);
    expect(await page.evaluate(() => document.documentElement.hasAttribute('data-prompt-first'))).toBe(false);
    expect(await page.getByRole('heading', { level: 1 }).isVisible()).toBe(true);
    // Playwright's text matching skips <noscript>, so the line is found by its class.
    const notice = page.locator('[data-terminal] .noscript');
    expect(await notice.isVisible()).toBe(true);
    expect(await notice.innerText()).toBe('The terminal needs JavaScript.');
    expect(await page.locator('[data-terminal-boot]').isVisible()).toBe(false);
    await context.close();
  });
});

declare global {
  interface Window {
    __workbookReady?: Promise<number>;
  }
}
