// The progress page's data tools in Chromium. Import: the file is replayed apart with a progress bar
// and a Cancel button, the learner confirms before anything is replaced, a cancel (during the replay or
// at the question) leaves their work as it was, and a tab open on the lesson carries on from the import.
// Set-aside data: what a lesson could not restore can be downloaded and deleted.
import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { LESSON_01, PROMPT, answerConfirm, openSite, screenLines, typeCommand, waitForPrompt, waitReady, watchedPage, type Site } from './support/site.ts';

let site: Site;
beforeAll(async () => {
  site = await openSite();
});
afterAll(async () => {
  await site?.close();
});

const LESSON_ID = LESSON_01.split('/')[1];
const T0 = Date.UTC(2026, 0, 5);

/** A progress file for lesson 01 whose log appends `lines` lines to imported.txt. */
function progressFile(lines: number): Buffer {
  const log = Array.from({ length: lines }, (_, i) => ({ line: `echo line-${i + 1} >> imported.txt`, exitCode: 0, at: T0 + i * 1000 }));
  const file = { format: 'docker-workbook-progress', version: 1, exportedAt: T0 + lines * 1000, lessons: { [LESSON_ID]: { startedAt: T0, log, checkpoints: {} } } };
  return Buffer.from(JSON.stringify(file));
}

async function lastLine(page: Page, command: string): Promise<string | undefined> {
  await page.bringToFront();
  await typeCommand(page, `clear; ${command}`);
  await waitForPrompt(page, PROMPT);
  return (await screenLines(page)).at(-2);
}

const choose = (page: Page, lines: number) => page.getByLabel('Import').setInputFiles({ name: 'progress.json', mimeType: 'application/json', buffer: progressFile(lines) });
const statusSays = (page: Page, text: string) => page.getByRole('status').filter({ hasText: text }).waitFor({ timeout: 30000 });

describe('progress import', () => {
  it('shows the replay’s progress, cancels, asks before replacing, and swaps in only on “Replace my work”', async () => {
    const { page: lesson, context, problems } = await watchedPage(site);
    await lesson.goto(site.url + LESSON_01);
    await waitReady(lesson);
    expect(await lastLine(lesson, 'echo mine > mine.txt && echo ok')).toBe('ok');
    await lesson.close();

    const board = await context.newPage();
    await board.goto(`${site.url}progress/`);
    await board.waitForFunction(() => !document.querySelector('[data-progress-status]')?.textContent?.startsWith('Loading'));

    // A long replay: the bar moves, Cancel stops it, nothing changes.
    await choose(board, 3000);
    const bar = board.getByRole('progressbar', { name: 'Replaying your commands' });
    await bar.waitFor();
    await board.waitForFunction(() => (document.querySelector<HTMLProgressElement>('[data-import-progress]')?.value ?? 0) >= 5);
    expect(Number(await bar.getAttribute('max'))).toBe(3000);
    await board.getByRole('button', { name: 'Cancel' }).click();
    await statusSays(board, 'Import cancelled. Nothing was changed.');
    await bar.waitFor({ state: 'hidden' });

    // A short one: it finishes, then asks; "Keep my work" changes nothing.
    await choose(board, 3);
    const question = board.getByRole('group', { name: /The file replayed: .* Replace your work in these lessons/ });
    await question.waitFor({ timeout: 30000 });
    await question.getByRole('button', { name: 'Keep my work' }).click();
    await statusSays(board, 'Import cancelled. Nothing was changed.');

    // The lesson still has the learner's work; it stays open (the writer) while the import is confirmed.
    const reopened = await context.newPage();
    await reopened.goto(site.url + LESSON_01);
    await waitReady(reopened);
    expect(await lastLine(reopened, 'cat mine.txt; test -e imported.txt; echo $?')).toBe('1');

    await board.bringToFront();
    await choose(board, 3);
    await question.waitFor({ timeout: 30000 });
    await question.getByRole('button', { name: 'Replace my work' }).click();
    await statusSays(board, 'Imported 1 lesson.');

    // The open lesson let go for the swap and carries on from the imported machine.
    await reopened.getByRole('status').filter({ hasText: 'this tab now runs and saves' }).waitFor({ timeout: 10000 });
    expect(await lastLine(reopened, 'wc -l < imported.txt; test -e mine.txt; echo $?')).toBe('1');
    expect(await lastLine(reopened, 'wc -l < imported.txt')).toBe('3');
    expect(problems).toEqual([]);
    await context.close();
  });
});

describe('set-aside data', () => {
  it('a damaged save is named on the lesson, then downloadable and deletable on the progress page', async () => {
    const { page, context, problems } = await watchedPage(site);
    await page.goto(site.url + LESSON_01);
    await waitReady(page);
    expect(await lastLine(page, 'echo kept > kept.txt && echo ok')).toBe('ok');
    // Damage the saved lesson document in IndexedDB, as a bug or another version might.
    await page.evaluate(async (key) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => Object.assign(indexedDB.open('docker-workbook'), { onsuccess(this: IDBRequest<IDBDatabase>) { resolve(this.result); }, onerror: reject }));
      const store = () => db.transaction('session', 'readwrite').objectStore('session');
      const saved = await new Promise<Record<string, unknown>>((resolve) => Object.assign(store().get(key), { onsuccess(this: IDBRequest) { resolve(this.result); } }));
      await new Promise((resolve) => Object.assign(store().put({ ...saved, env: 'damaged' }, key), { onsuccess: resolve }));
    }, `lesson:${LESSON_ID}`);
    await page.reload();
    await waitReady(page);
    await page.getByRole('alert').filter({ hasText: 'set aside in this browser' }).waitFor();
    expect(await lastLine(page, 'echo still-works')).toBe('still-works');

    await page.goto(`${site.url}progress/`);
    const text = page.locator('[data-set-aside-text]');
    await text.waitFor();
    expect(await text.innerText()).toContain(`lesson ${LESSON_ID}`);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export set-aside data' }).click()]);
    const file = JSON.parse(await readFile((await download.path())!, 'utf8'));
    expect(file.format).toBe('docker-workbook-set-aside');
    expect(file.records[`lesson:${LESSON_ID}`].value.env).toBe('damaged');

    await page.getByRole('button', { name: 'Delete set-aside data' }).click();
    await answerConfirm(page, 'Delete the set-aside data?', 'Delete');
    await text.waitFor({ state: 'hidden' });
    await page.reload();
    await page.waitForFunction(() => !document.querySelector('[data-progress-status]')?.textContent?.startsWith('Loading'));
    expect(await page.locator('[data-set-aside]').isHidden()).toBe(true);
    expect(problems).toEqual([]);
    await context.close();
  });
});
