// Lesson 01 in a real browser: built under /docker-lessons/, pull alpine, checkpoint passes, survives a reload.
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { serveStatic } from './support/static-server.mjs';
import { launchChromium } from './support/browser.mjs';

const BASE = '/docker-lessons/';
const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const OUT = fileURLToPath(new URL('./artifacts/dist/', import.meta.url));
const LESSON = 'lessons/01-what-is-an-image/';

let server: { origin: string; url: string; close(): Promise<void> };
let browser: Browser;
let context: BrowserContext;
let page: Page;
const foreignRequests: string[] = [];

/** The text xterm shows (DOM renderer rows), one line per row. */
async function screenText(p: Page): Promise<string> {
  return p.locator('[data-terminal] .xterm-rows').innerText();
}

async function waitForScreen(p: Page, text: string, timeout = 20000): Promise<void> {
  await p.waitForFunction(
    (wanted) => (document.querySelector('[data-terminal] .xterm-rows')?.textContent ?? '').includes(wanted),
    text,
    { timeout },
  );
}

async function waitReady(p: Page): Promise<void> {
  await p.waitForSelector('[data-workbench][data-ready="true"]', { timeout: 30000 });
}

async function typeCommand(p: Page, command: string): Promise<void> {
  await p.locator('[data-terminal] .xterm-helper-textarea').focus();
  await p.keyboard.type(command, { delay: 5 });
  await p.keyboard.press('Enter');
}

async function passedIds(p: Page): Promise<string[]> {
  return p.locator('[data-checkpoint][data-state="passed"]').evaluateAll((els) =>
    els.map((el) => (el as HTMLElement).dataset.checkpoint!),
  );
}

/** The environment for a production build: without what vitest puts in process.env (NODE_ENV, BASE_URL, MODE…). */
function buildEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (!/^(NODE_ENV|BASE_URL|MODE|DEV|PROD|SSR|TEST|VITEST.*)$/.test(key)) env[key] = value;
  }
  return { ...env, WORKBOOK_BASE: BASE, ASTRO_TELEMETRY_DISABLED: '1' };
}

beforeAll(async () => {
  execFileSync(process.execPath, [fileURLToPath(new URL('../../node_modules/astro/bin/astro.mjs', import.meta.url)), 'build', '--outDir', OUT], {
    cwd: ROOT,
    env: buildEnv(),
    stdio: 'pipe',
    timeout: 170000,
  });
  server = await serveStatic(OUT, BASE);
  browser = await launchChromium();
  context = await browser.newContext();
  context.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(server.origin) && !url.startsWith('data:') && !url.startsWith('blob:')) foreignRequests.push(url);
  });
  page = await context.newPage();
  page.on('pageerror', (error) => console.error('page error:', error));
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('lesson 01 under a sub-path', () => {
  it('serves the home page with the lesson listed', async () => {
    await page.goto(server.url);
    await expect(page.title()).resolves.toBe('Docker Images Workbook');
    const link = page.locator(`a[href="${BASE}${LESSON}"]`);
    await expect(link.count()).resolves.toBe(1);
  });

  it('pulls alpine in the terminal and passes the pull checkpoint', async () => {
    await page.goto(server.url + LESSON);
    await waitReady(page);
    const checkpoints = await page.locator('[data-checkpoint]').count();
    expect(checkpoints, 'lesson 01 declares checkpoints (lessons/01-what-is-an-image/checkpoints.ts)').toBeGreaterThan(0);
    expect(await passedIds(page)).toEqual([]);
    // Hints come one at a time
    const hints = page.locator('[data-checkpoint="pull-alpine"] [data-hint]');
    await page.click('[data-checkpoint="pull-alpine"] [data-hint-button]');
    await expect(hints.nth(0).isVisible()).resolves.toBe(true);
    await expect(hints.nth(1).isVisible()).resolves.toBe(false);
    await typeCommand(page, 'docker pull alpine');
    await waitForScreen(page, 'Status: Downloaded newer image for alpine:latest');
    await page.waitForSelector('[data-checkpoint="pull-alpine"][data-state="passed"]', { timeout: 10000 });
    const passed = await passedIds(page);
    expect(passed).toContain('pull-alpine');
    // a passed checkpoint has no Hint button
    await expect(page.locator('[data-checkpoint="pull-alpine"] [data-hint-button]').isVisible()).resolves.toBe(false);

    await page.reload();
    await waitReady(page);
    expect(await passedIds(page)).toEqual(passed);
    await typeCommand(page, 'docker images');
    await waitForScreen(page, 'alpine');
    expect(await screenText(page)).toMatch(/alpine\s+latest\s/);
    await page.waitForSelector('[data-checkpoint="list-images"][data-state="passed"]', { timeout: 10000 });
  });

  it('shows progress on the home page', async () => {
    await page.goto(server.url);
    await page.waitForSelector('[data-lesson="01-what-is-an-image"][data-state]', { timeout: 10000 });
  });

  it('works offline after the first visit (service worker)', async () => {
    await page.goto(server.url + LESSON);
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    await context.setOffline(true);
    try {
      await page.reload();
      await waitReady(page);
    } finally {
      await context.setOffline(false);
    }
  });

  it('made no request outside its own origin', () => {
    expect(foreignRequests).toEqual([]);
  });
});
