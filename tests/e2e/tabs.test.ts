// One lesson in several tabs, in Chromium: a reload never comes back read-only; a second tab is
// read-only with "Take over"; when the writing tab closes, the read-only one carries on by itself.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { LESSON_01, PROMPT, openSite, screenLines, typeCommand, waitForPrompt, waitReady, watchedPage, type Site } from './support/site.ts';

let site: Site;
beforeAll(async () => {
  site = await openSite();
});
afterAll(async () => {
  await site?.close();
});

const readOnlyNotice = (page: Page) => page.getByRole('status').filter({ hasText: 'open in another tab' });

/** Runs `command` and returns the line it printed last. */
async function lastLine(page: Page, command: string, prompt = PROMPT): Promise<string | undefined> {
  // A tab in the background draws nothing (no animation frames): look at this one.
  await page.bringToFront();
  await typeCommand(page, `clear; ${command}`);
  await waitForPrompt(page, prompt);
  return (await screenLines(page)).at(-2);
}

describe('one lesson, many tabs', () => {
  it('a reloaded lesson page is the writer again at once, with the work of before', async () => {
    const { page, context, problems } = await watchedPage(site);
    await page.goto(site.url + LESSON_01);
    await waitReady(page);
    expect(await lastLine(page, 'echo before > a.txt && echo done')).toBe('done');
    for (let reload = 0; reload < 3; reload++) {
      await page.reload();
      await waitReady(page);
      expect(await lastLine(page, 'cat a.txt')).toBe('before');
      expect(await readOnlyNotice(page).count()).toBe(0);
    }
    expect(problems).toEqual([]);
    await context.close();
  });

  it('a second tab is read-only until “Take over”; when the writer closes, the other tab carries on by itself', async () => {
    const { page: first, context, problems } = await watchedPage(site);
    await first.goto(site.url + LESSON_01);
    await waitReady(first);
    expect(await lastLine(first, 'echo one > a.txt && echo done')).toBe('done');

    const second = await context.newPage();
    await second.goto(site.url + LESSON_01);
    await waitReady(second);
    await readOnlyNotice(second).waitFor();
    expect(await lastLine(second, 'echo lost > b.txt')).toContain('Take over');

    await second.getByRole('button', { name: 'Take over' }).click();
    await readOnlyNotice(second).waitFor({ state: 'detached' });
    expect(await lastLine(second, 'cat a.txt')).toBe('one');
    expect(await lastLine(second, 'echo two >> a.txt; test -e b.txt; echo $?')).toBe('1');
    expect(await lastLine(first, 'echo late > c.txt')).toContain('Take over');

    // The first tab is now the read-only one: closing the second hands the lesson back to it.
    await second.close();
    await first.getByRole('status').filter({ hasText: 'this tab now runs and saves' }).waitFor({ timeout: 10000 });
    expect(await lastLine(first, 'tail -1 a.txt')).toBe('two');
    expect(await lastLine(first, 'test -e c.txt; echo $?')).toBe('1');
    expect(problems).toEqual([]);
    await context.close();
  });
});
