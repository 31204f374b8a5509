// What a learner's page survives, in Chromium: a session worker that crashes (an uncaught error, a
// message the page cannot read, a script that fails to load) is replaced with one line saying so, the
// last saved work comes back and keys typed meanwhile are kept; runaways end on Ctrl-C with the prompt
// back while the page's own thread keeps drawing. (A worker that stops answering: site.test.ts.)
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page, Worker } from 'playwright-core';
import { LESSON_01, PROMPT, openSite, screenLines, typeCommand, waitForPrompt, waitReady, watchedPage, type Site } from './support/site.ts';

let site: Site;

beforeAll(async () => {
  site = await openSite();
});
afterAll(async () => {
  await site?.close();
});

/** The lesson page's session worker (a crashed one is gone from the list once replaced). */
async function sessionWorker(page: Page): Promise<Worker> {
  for (;;) {
    const worker = page.workers().find((w) => w.url().includes('session.worker'));
    if (worker) return worker;
    await page.waitForEvent('worker');
  }
}

/** Waits until a row of the terminal reads `text` exactly (output, not the command line that asked for it). */
async function waitForRow(page: Page, text: string): Promise<void> {
  await page.waitForFunction(
    (wanted) => [...(document.querySelector('[data-terminal] .xterm-rows')?.children ?? [])].some((row) => (row.textContent ?? '').replace(/\u00a0/g, ' ').trimEnd() === wanted),
    text,
    { timeout: 120_000 },
  );
}

/** A fresh lesson page with one saved file, ready for the worker to be broken. */
async function pageWithSavedWork() {
  // The site's service worker would answer for the worker's script, out of the tests' routes' reach.
  const watched = await watchedPage(site, { viewport: { width: 1400, height: 1000 }, serviceWorkers: 'block' });
  const { page } = watched;
  await page.goto(site.url + LESSON_01);
  await waitReady(page);
  await typeCommand(page, 'echo kept > kept.txt');
  await waitForPrompt(page);
  return watched;
}

/** After the alert: typing goes on (the line waits for the new worker), and the saved file is back. */
async function carriesOn(page: Page, alertText: RegExp): Promise<void> {
  const alert = page.getByRole('alert').filter({ hasText: alertText });
  await alert.waitFor({ timeout: 30000 });
  expect(await alert.count()).toBe(1);
  expect((await alert.innerText()).split('\n')).toHaveLength(1);
  // Keys typed while the new worker starts are kept: the line runs once it is up.
  await typeCommand(page, 'cat kept.txt');
  await waitForPrompt(page, PROMPT, 30000);
  const lines = await screenLines(page);
  expect(lines.slice(-3)).toEqual([`${PROMPT} cat kept.txt`, 'kept', PROMPT]);
}

describe('a session worker that crashes', () => {
  it('throws an uncaught error: one alert says it crashed, a new worker restores the saved work', async () => {
    const { page, context, problems } = await pageWithSavedWork();
    const worker = await sessionWorker(page);
    await worker.evaluate(() => {
      setTimeout(() => {
        throw new Error('a bug in the engine');
      });
    });
    await carriesOn(page, /crashed; it was restarted with your last saved work/);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('posts a message the page cannot read: it is replaced the same way', async () => {
    const { page, context, problems } = await pageWithSavedWork();
    const worker = await sessionWorker(page);
    await worker.evaluate(() => postMessage({ not: 'a reply' }));
    await carriesOn(page, /sent a message the page could not read; it was restarted/);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('crashes and its replacement\'s script fails to load once: the next one starts, still with one alert', async () => {
    const { page, context, problems } = await pageWithSavedWork();
    let broken = 1;
    await context.route(/session\.worker[^/]*\.js$/, (route) => {
      if (broken-- > 0) return route.fulfill({ contentType: 'text/javascript', body: 'throw new Error("a broken download");' });
      return route.continue();
    });
    const worker = await sessionWorker(page);
    await worker.evaluate(() => postMessage('garbage'));
    await carriesOn(page, /sent a message the page could not read; it was restarted/);
    expect(broken).toBeLessThan(0);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('whose script never loads again: after a few tries the page says it could not start', async () => {
    const { page, context } = await pageWithSavedWork();
    await context.route(/session\.worker[^/]*\.js$/, (route) => route.fulfill({ status: 404, body: 'gone' }));
    const worker = await sessionWorker(page);
    await worker.evaluate(() => postMessage('garbage'));
    await page.getByRole('alert').filter({ hasText: 'could not start its Docker engine' }).waitFor({ timeout: 30000 });
    expect(await page.getByRole('alert').filter({ hasText: 'it was restarted' }).count()).toBe(1);
    await context.close();
  });
});

describe('saving when the browser refuses', () => {
  it('a full quota is said once with its reason in the terminal; once storage works the next command saves everything, and a reload has it all', { timeout: 180_000 }, async () => {
    const { page, context, problems } = await watchedPage(site, { viewport: { width: 1400, height: 1000 }, serviceWorkers: 'block' });
    await page.goto(site.url + LESSON_01);
    await waitReady(page);
    await typeCommand(page, 'echo one > one.txt');
    await waitForPrompt(page);
    // The worker's IndexedDB refuses every write as a full quota does (a DOMException with no message).
    const worker = await sessionWorker(page);
    await worker.evaluate(() => {
      const scope = self as unknown as { realPut?: typeof IDBObjectStore.prototype.put };
      scope.realPut = IDBObjectStore.prototype.put;
      IDBObjectStore.prototype.put = () => {
        throw new DOMException('', 'QuotaExceededError');
      };
    });
    await typeCommand(page, 'docker pull -q alpine && echo two > two.txt');
    await waitForPrompt(page, PROMPT, 60_000);
    // The terminal wraps the long line: read it from the transcript (role="log"), one line per line.
    const log = async () => (await page.getByRole('log', { name: 'Terminal output' }).innerText()).split('\n');
    const refused = (await log()).filter((line) => line.startsWith('workbook: your work could not be saved in this browser: '));
    expect(refused).toEqual([
      "workbook: your work could not be saved in this browser: the browser's storage for this site is full (QuotaExceededError). It stays here, and each command tries again.",
    ]);
    // Said once: the next failing save is silent, and the command itself works.
    await typeCommand(page, 'echo three > three.txt; echo ran');
    await waitForPrompt(page);
    expect((await screenLines(page)).slice(-2)).toEqual(['ran', PROMPT]);
    expect((await log()).filter((line) => line.startsWith('workbook: your work could not be saved'))).toHaveLength(1);
    await worker.evaluate(() => {
      IDBObjectStore.prototype.put = (self as unknown as { realPut: typeof IDBObjectStore.prototype.put }).realPut;
    });
    await typeCommand(page, 'pwd');
    await waitForPrompt(page);
    expect((await log()).filter((line) => line.startsWith('workbook: saving works again'))).toEqual(['workbook: saving works again; everything since the failure is saved.']);
    await page.reload();
    await waitReady(page);
    await typeCommand(page, 'cat one.txt two.txt three.txt; docker images --format {{.Repository}}');
    await waitForPrompt(page, PROMPT, 30_000);
    expect((await screenLines(page)).slice(-5)).toEqual(['one', 'two', 'three', 'alpine', PROMPT]);
    expect(problems).toEqual([]);
    await context.close();
  });
});

describe('runaways and Ctrl-C', () => {
  // Each runs until Ctrl-C (long before its own budget would stop it); the prompt comes back and $? is 130.
  const runaways = [
    ['yes, flooding the terminal', 'yes', 'y'],
    // (Python's output reaches the terminal in 4 KB pieces while it runs: it prints more than one.)
    ['a Python loop', "docker run --rm python:3.12-alpine python3 -c 'print(\"looping\\n\" * 600); exec(\"while True: pass\")'", 'looping'],
    ['a Node loop', "docker run --rm node:22-alpine node -e 'console.log(\"looping\"); for (;;) {}'", 'looping'],
  ] as const;

  it('each runaway ends on Ctrl-C with the prompt back; the page draws frames while it runs', { timeout: 240_000 }, async () => {
    const { page, context, problems } = await watchedPage(site, { viewport: { width: 1400, height: 1000 } });
    await page.goto(site.url + LESSON_01);
    await waitReady(page);
    for (const [name, line, running] of runaways) {
      await typeCommand(page, line);
      await waitForRow(page, running);
      // The worker is busy, the page is not: it still runs animation frames, and the command has not ended.
      const frames = await page.evaluate(() => new Promise<number>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve(2)))));
      expect(frames, name).toBe(2);
      expect((await screenLines(page)).at(-1), name).not.toBe(PROMPT);
      await page.keyboard.press('Control+C');
      await waitForPrompt(page, PROMPT, 30_000);
      await typeCommand(page, 'echo status=$?');
      await waitForPrompt(page);
      expect((await screenLines(page)).at(-2), name).toBe('status=130');
    }
    expect(problems).toEqual([]);
    await context.close();
  });

  it('a shell loop is stopped by Ctrl-C or its step budget, whichever comes first, and the shell goes on', async () => {
    const { page, context, problems } = await watchedPage(site, { viewport: { width: 1400, height: 1000 } });
    await page.goto(site.url + LESSON_01);
    await waitReady(page);
    await typeCommand(page, 'while :; do :; done');
    await page.keyboard.press('Control+C');
    await waitForPrompt(page, PROMPT, 30_000);
    await typeCommand(page, 'echo status=$?');
    await waitForPrompt(page);
    expect(['status=130', 'status=124']).toContain((await screenLines(page)).at(-2));
    expect(problems).toEqual([]);
    await context.close();
  });
});
