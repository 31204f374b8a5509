// The site around the terminal, in Chromium: accessibility (axe, light and dark) and the
// Content-Security-Policy on every page, lesson flow (complete panel, reset, deep links), progress
// page export/import, search, dark mode, 404, manifest, and the worker supervisor.
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import AxeBuilder from '@axe-core/playwright';
import { DIST, LESSON_01, PROMPT, answerConfirm, openSite, screenLines, typeCommand, waitForPrompt, waitReady, watchedPage, type Site } from './support/site.ts';

let site: Site;
const LESSONS = readdirSync(join(DIST, 'lessons')).filter((d) => existsSync(join(DIST, 'lessons', d, 'index.html'))).sort();
const PAGES = ['', 'progress/', 'no-such-page/', ...LESSONS.map((l) => `lessons/${l}/`)];
const SOLUTION_01 = readFileSync(new URL('../../lessons/01-what-is-an-image/solution.sh', import.meta.url), 'utf8')
  .split('\n')
  .filter((line) => line.trim() && !line.startsWith('#'));

beforeAll(async () => {
  site = await openSite();
});
afterAll(async () => {
  await site?.close();
});

describe('every page', () => {
  for (const scheme of ['light', 'dark'] as const) {
    it(`has no serious or critical axe violations and no CSP violation (${scheme})`, async () => {
      const { page, problems, context } = await watchedPage(site, { colorScheme: scheme, viewport: { width: 1280, height: 900 } });
      const report: string[] = [];
      for (const path of PAGES) {
        await page.goto(site.url + path);
        if (path.startsWith('lessons/')) {
          await waitReady(page);
          await page.waitForSelector('[data-layers]:not([hidden])', { timeout: 15000 });
        }
        expect(await page.getByRole('link', { name: 'Progress', exact: true }).count(), path).toBeGreaterThan(0);
        const results = await new AxeBuilder({ page }).analyze();
        for (const v of results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')) {
          report.push(`${path} ${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
        }
      }
      expect(report).toEqual([]);
      expect(problems).toEqual([]);
      await context.close();
    }, 300000);
  }

  it('sends a strict Content-Security-Policy from every page', async () => {
    const pages: string[] = [];
    const walk = (dir: string) => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        if (entry.isDirectory()) walk(join(dir, entry.name));
        else if (entry.name.endsWith('.html')) pages.push(join(dir, entry.name));
      }
    };
    walk(DIST);
    expect(pages).toContain(join(DIST, LESSON_01, 'index.html'));
    for (const file of pages) {
      const html = readFileSync(file, 'utf8');
      const policy = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1] ?? '';
      expect(policy, file).toContain("default-src 'self'");
      expect(policy, file).toMatch(/script-src 'self'( 'sha256-[^']+')* 'wasm-unsafe-eval'/);
      expect(policy, file).not.toContain(" 'unsafe-eval'");
      expect(policy, file).not.toMatch(/script-src[^;]*'unsafe-inline'/);
    }
  });
});

describe('lesson flow', () => {
  it('shows "Lesson complete" with the next lesson once the last checkpoint passes; names carry the state', async () => {
    const { page, problems, context } = await watchedPage(site, { viewport: { width: 1400, height: 1000 } });
    await page.goto(site.url + LESSON_01);
    await waitReady(page);
    const list = page.getByRole('list', { name: 'Checkpoints' });
    await expect(list.count()).resolves.toBe(1);
    expect(await page.getByRole('status').filter({ hasText: /of \d+ passed/ }).count()).toBe(1);
    expect(await list.getByRole('listitem', { name: /: not yet passed$/ }).count()).toBeGreaterThan(0);
    for (const line of SOLUTION_01) {
      await typeCommand(page, line);
      await waitForPrompt(page, PROMPT, 30000);
    }
    const panel = page.getByRole('status').filter({ hasText: 'Lesson complete' });
    await panel.waitFor({ timeout: 15000 });
    await expect(panel.getByRole('link', { name: /Next lesson/ }).count()).resolves.toBe(1);
    expect(await list.getByRole('listitem', { name: /: not yet passed$/ }).count()).toBe(0);
    // previous / next links on every lesson page
    expect(await page.locator('a[rel="next"]').count()).toBeGreaterThan(0);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('a revealed solution stays revealed over a reload; Reset lesson hides it again everywhere; a deep link to a checkpoint shows it (also on a phone)', async () => {
    const { page, context } = await watchedPage(site, { viewport: { width: 390, height: 800 } });
    const first = await page.goto(`${site.url}lessons/02-layers-and-history/`).then(() => page.locator('[data-checkpoint]').first().getAttribute('data-checkpoint'));
    await page.goto(`${site.url}lessons/02-layers-and-history/#checkpoint-${first}`);
    await waitReady(page);
    const item = page.locator(`#checkpoint-${first}`);
    await item.waitFor({ state: 'visible' });
    await item.getByRole('button', { name: 'Show solution' }).click();
    await answerConfirm(page, /^Show the solution to “.+”\?$/, 'Show solution');
    await item.locator('[data-solution]').waitFor({ state: 'visible' });
    // The progress page (and a teacher's export) records the reveal…
    const shown = async () => {
      await page.goto(`${site.url}progress/`);
      await page.waitForFunction(() => !document.querySelector('[data-progress-status]')?.textContent?.startsWith('Loading'));
      return page.locator(`[data-progress-lesson="02-layers-and-history"] [data-progress-checkpoint="${first}"]`).innerText();
    };
    expect(await shown()).toContain('solution shown');
    // Back on the lesson (a new load), it is still revealed, without asking again.
    await page.goto(`${site.url}lessons/02-layers-and-history/#checkpoint-${first}`);
    await waitReady(page);
    await item.locator('[data-solution]').waitFor({ state: 'visible' });
    expect(await item.getByRole('button', { name: 'Show solution' }).count()).toBe(0);
    await page.getByRole('button', { name: 'Reset lesson' }).click();
    // On a phone the question fits the screen, its buttons in reach.
    const box = (await page.getByRole('alertdialog', { name: 'Reset this lesson?' }).boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(390);
    await answerConfirm(page, 'Reset this lesson?', 'Reset lesson');
    await item.locator('[data-solution]').waitFor({ state: 'hidden' });
    await expect(item.getByRole('button', { name: 'Show solution' }).isVisible()).resolves.toBe(true);
    // …and a reset forgets it there too, and on the next load of the lesson.
    expect(await shown()).not.toContain('solution shown');
    await page.goto(`${site.url}lessons/02-layers-and-history/#checkpoint-${first}`);
    await waitReady(page);
    await page.waitForSelector('[data-checkpoints][data-revealed-restored="true"]', { state: 'attached' });
    expect(await item.locator('[data-solution]').isHidden()).toBe(true);
    // the terminal is one tap away on a phone
    await page.goto(`${site.url}lessons/02-layers-and-history/`);
    await page.getByRole('button', { name: 'Terminal', exact: true }).click();
    const terminal = (await page.locator('[data-terminal]').boundingBox())!;
    expect(terminal.y + 40).toBeLessThan(800);
    await context.close();
  });
});

describe('site features', () => {
  it('progress page: one row per lesson; a bad import file gets one line naming the problem and changes nothing', async () => {
    const { page, context, problems } = await watchedPage(site);
    await page.goto(`${site.url}progress/`);
    const table = page.getByRole('table', { name: 'Progress' });
    await expect(table.locator('tbody tr').count()).resolves.toBe(LESSONS.length);
    await page.waitForFunction(() => !document.querySelector('[data-progress-status]')?.textContent?.startsWith('Loading'));
    const before = await table.innerText();
    await page.getByLabel('Import').setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{"format":"nope"}') });
    const alert = page.getByRole('alert').filter({ hasText: 'Could not import' });
    await alert.waitFor();
    const text = await alert.innerText();
    expect(text.split('\n')).toHaveLength(1);
    expect(text).toMatch(/format/);
    await page.getByLabel('Import').setInputFiles({ name: 'x.json', mimeType: 'application/json', buffer: Buffer.from('not json') });
    await page.getByRole('alert').filter({ hasText: 'x.json is not a JSON file' }).waitFor();
    expect(await table.innerText()).toBe(before);
    await expect(page.getByRole('button', { name: 'Export' }).count()).resolves.toBe(1);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('search finds lessons; dark mode toggles beside the system default and persists; 404 and manifest', async () => {
    const { page, context, problems } = await watchedPage(site);
    await page.goto(site.url);
    await page.getByRole('searchbox', { name: 'Search' }).fill('layers');
    const results = page.getByRole('list', { name: 'Search results' });
    await results.getByRole('link').first().waitFor({ timeout: 10000 });
    expect(await results.getByRole('link').count()).toBeGreaterThan(0);
    const toggle = page.getByRole('button', { name: 'Dark mode' });
    expect(await toggle.getAttribute('aria-pressed')).toBe('false');
    await toggle.click();
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    await page.reload();
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    expect(await page.getByRole('button', { name: 'Dark mode' }).getAttribute('aria-pressed')).toBe('true');
    const missing = await page.goto(`${site.url}lessons/nope/`);
    expect(missing?.status()).toBe(404);
    await page.getByRole('heading', { name: 'Page not found' }).waitFor();
    const manifest = await (await page.request.get(`${site.url}manifest.webmanifest`)).json();
    expect(manifest.start_url).toBe('/docker-lessons/');
    for (const icon of manifest.icons) expect((await page.request.get(`${site.origin}${icon.src}`)).status()).toBe(200);
    expect(problems).toEqual([]);
    await context.close();
  });
});

describe('worker supervisor', () => {
  it('a worker that stops answering is replaced within seconds: one-line alert, saved work back, typed keys not lost', async () => {
    const { page, context } = await watchedPage(site, { viewport: { width: 1400, height: 1000 } });
    await page.goto(site.url + LESSON_01);
    await waitReady(page);
    await typeCommand(page, 'echo kept > kept.txt');
    await waitForPrompt(page);
    const worker = page.workers().find((w) => w.url().includes('session.worker'))!;
    void worker.evaluate(() => {
      for (;;) {
        // a worker stuck in a loop never answers again
      }
    }).catch(() => {});
    await page.waitForTimeout(300);
    await typeCommand(page, 'cat kept.txt');
    const alert = page.getByRole('alert').filter({ hasText: 'restarted' });
    await alert.waitFor({ timeout: 15000 });
    expect((await alert.innerText()).split('\n')).toHaveLength(1);
    // The line that went to the stuck worker is back on the new prompt, unrun: Enter runs it.
    await page.waitForFunction((p) => (document.querySelector('[data-terminal] .xterm-rows')?.textContent ?? '').replace(/\u00a0/g, ' ').includes(`${p} cat kept.txt`), PROMPT, { timeout: 15000 });
    await page.waitForSelector('[data-workbench][data-ready="true"]', { state: 'attached' });
    await page.keyboard.press('Enter');
    await waitForPrompt(page, PROMPT, 15000);
    expect((await screenLines(page)).at(-2)).toBe('kept');
    await context.close();
  });
});
