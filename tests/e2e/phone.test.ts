// A lesson on a phone (375×667, touch), in Chromium: the Lesson/Terminal switch puts the terminal on
// the screen with its last line in sight, even after more output than fits; the file tree and the
// editor work by touch and what is typed there is what the terminal sees; deep links to a section
// and to a checkpoint land on it, below the bar that stays at the top.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openSite, screenLines, typeCommand, waitForPrompt, waitReady, watchedPage, type Site, type WatchedPage } from './support/site.ts';

const PHONE = { viewport: { width: 375, height: 667 }, hasTouch: true, isMobile: true };
const LESSON = 'lessons/08-first-dockerfile/';

let site: Site;
let watched: WatchedPage;
let page: Page;

beforeAll(async () => {
  site = await openSite();
  watched = await watchedPage(site, PHONE);
  page = watched.page;
  await page.goto(site.url + LESSON);
  await waitReady(page);
});

afterAll(async () => {
  expect(watched.problems).toEqual([]);
  await site?.close();
});

/** The top and bottom of an element on the screen. */
const box = (selector: string) => page.locator(selector).first().evaluate((node) => {
  const rect = node.getBoundingClientRect();
  return { top: rect.top, bottom: rect.bottom };
});
/** Where the view bar ends once it is stuck to the top. */
const barBottom = () => page.locator('[data-view-switch]').evaluate((bar) => bar.getBoundingClientRect().bottom);
/** The terminal's last drawn row (the prompt after a command) on the screen. */
const lastRow = () => page.evaluate(() => {
  const rows = [...document.querySelectorAll('[data-terminal] .xterm-rows > div')].filter((row) => (row.textContent ?? '').trim() !== '');
  const rect = rows[rows.length - 1].getBoundingClientRect();
  return { top: rect.top, bottom: rect.bottom, text: (rows[rows.length - 1].textContent ?? '').replace(/\u00a0/g, ' ').trimEnd() };
});

describe('a lesson on a phone', () => {
  it('"Terminal" shows the terminal whole on the screen; after a screenful of output the prompt is in sight, not clipped', async () => {
    await page.getByRole('button', { name: 'Terminal', exact: true }).tap();
    const terminal = await box('[data-terminal]');
    expect(terminal.top).toBeGreaterThanOrEqual(await barBottom());
    expect(terminal.bottom).toBeLessThanOrEqual(667);
    await typeCommand(page, 'seq 1 80');
    await waitForPrompt(page);
    const last = await lastRow();
    expect(last.text).toBe('learner@workbook:~$');
    expect(last.bottom).toBeLessThanOrEqual(Math.min(terminal.bottom, 667) + 0.5);
    expect(last.top).toBeGreaterThan(terminal.top);
    // The shell knows the narrow width it was given.
    await typeCommand(page, 'clear; tput cols');
    await waitForPrompt(page);
    const columns = Number((await screenLines(page)).at(-2));
    expect(columns).toBeGreaterThan(30);
    expect(columns).toBeLessThan(60);
  });

  it('the file tree and the editor work by touch; the edit is what the terminal sees after switching back to it', async () => {
    const tree = page.getByRole('tree', { name: 'Files' });
    await tree.getByRole('treeitem', { name: 'Dockerfile.shell' }).tap();
    await page.waitForFunction(() => document.querySelector('[data-editor-file]')?.textContent === 'hello/Dockerfile.shell');
    await page.locator('[data-code-editor]').tap();
    const content = page.locator('[data-code-editor] .cm-content');
    await content.waitFor();
    await content.tap();
    await page.keyboard.press('Control+End');
    await page.keyboard.type('# typed on a phone\n');
    await page.waitForFunction(() => document.querySelector('[data-editor-status]')?.textContent === 'Saved hello/Dockerfile.shell');
    // The editor's box fits the phone's width (no sideways scrolling of the page).
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await page.getByRole('button', { name: 'Terminal', exact: true }).tap();
    expect((await box('[data-terminal]')).top).toBeGreaterThanOrEqual(await barBottom());
    await typeCommand(page, 'clear; tail -n 1 hello/Dockerfile.shell');
    await waitForPrompt(page);
    expect((await screenLines(page)).at(-2)).toBe('# typed on a phone');
  });

  it('a deep link to a section shows the lesson there, below the bar; one to a checkpoint shows the workbench there', async () => {
    await page.goto(`${site.url}${LESSON}#build-it`);
    await waitReady(page);
    const heading = page.getByRole('heading', { name: 'Build it', level: 2 });
    await expect(heading.isVisible()).resolves.toBe(true);
    const at = await heading.evaluate((node) => node.getBoundingClientRect().top);
    expect(at).toBeGreaterThanOrEqual(await barBottom());
    expect(at).toBeLessThan(667 / 2);
    await page.goto(`${site.url}${LESSON}#checkpoint-count-layers`);
    await waitReady(page);
    const checkpoint = page.locator('#checkpoint-count-layers');
    await expect(checkpoint.isVisible()).resolves.toBe(true);
    expect(await page.getByRole('button', { name: 'Terminal', exact: true }).getAttribute('aria-pressed')).toBe('true');
    const top = await checkpoint.evaluate((node) => node.getBoundingClientRect().top);
    expect(top).toBeGreaterThanOrEqual(await barBottom());
    expect(top).toBeLessThan(667);
  });
});
