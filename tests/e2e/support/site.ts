// What every browser test shares: the built site's place, a server for it, and pages that record
// errors and Content-Security-Policy violations (any one fails the test that caused it).
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { serveStatic } from './static-server.mjs';
import { launchChromium } from './browser.mjs';

/** The sub-path the site is built for and served under. */
export const BASE = '/docker-lessons/';
/** Where global-setup.ts builds it. */
export const DIST = fileURLToPath(new URL('../artifacts/dist/', import.meta.url));
/** The first lesson's path under the base. */
export const LESSON_01 = 'lessons/01-what-is-an-image/';

/** A served site and a browser. */
export interface Site {
  url: string;
  origin: string;
  browser: Browser;
  close(): Promise<void>;
}

/** Serves the built site and launches Chromium. */
export async function openSite(): Promise<Site> {
  const server = await serveStatic(DIST, BASE);
  const browser = await launchChromium();
  return {
    url: server.url,
    origin: server.origin,
    browser,
    async close() {
      await browser.close();
      await server.close();
    },
  };
}

/** A page with its problems: uncaught errors and CSP violations, as text. */
export interface WatchedPage {
  context: BrowserContext;
  page: Page;
  problems: string[];
}

/** A fresh context and page that record page errors and every securitypolicyviolation. */
export async function watchedPage(site: Site, options: BrowserContextOptions = {}): Promise<WatchedPage> {
  const context = await site.browser.newContext(options);
  const problems: string[] = [];
  await context.exposeBinding('__reportCspViolation', (_source, text: string) => void problems.push(text));
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      (window as unknown as { __reportCspViolation(text: string): void }).__reportCspViolation(
        `CSP violation: ${event.violatedDirective} blocked ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber})`,
      );
    });
  });
  const page = await context.newPage();
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  // The page asks in its own dialog (src/page/confirm-dialog.ts): a native alert/confirm/prompt is a fault.
  page.on('dialog', (dialog) => {
    problems.push(`native ${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  page.on('console', (message) => {
    if (/Content.Security.Policy/i.test(message.text())) problems.push(`console: ${message.text()}`);
  });
  return { context, page, problems };
}

/** The lesson page is up: prompt drawn and the session started (checkpoints can be read). */
export async function waitReady(page: Page): Promise<void> {
  await page.waitForSelector('[data-workbench][data-ready="true"]', { state: 'attached', timeout: 30000 });
}

/** The text xterm shows (DOM renderer rows), one line per row, trailing blanks trimmed. */
export async function screenLines(page: Page): Promise<string[]> {
  const text = await page.locator('[data-terminal] .xterm-rows').evaluate((rows) =>
    [...rows.children].map((row) => (row.textContent ?? '').replace(/\u00a0/g, ' ').trimEnd()),
  );
  while (text.length && text[text.length - 1] === '') text.pop();
  return text;
}

/** Waits until the terminal shows `text` somewhere. */
export async function waitForScreen(page: Page, text: string, timeout = 20000): Promise<void> {
  await page.waitForFunction(
    (wanted) => (document.querySelector('[data-terminal] .xterm-rows')?.textContent ?? '').replace(/\u00a0/g, ' ').includes(wanted),
    text,
    { timeout },
  );
}

/**
 * Focuses the terminal, types `command` and presses Enter once the screen shows it typed: until then
 * the last row may still be the previous bare prompt, and a waitForPrompt right after would take that
 * for this command's end (seen on a loaded machine).
 */
export async function typeCommand(page: Page, command: string): Promise<void> {
  await page.locator('[data-terminal] .xterm-helper-textarea').focus();
  await page.keyboard.type(command, { delay: 2 });
  await page.waitForFunction(
    (tail) => (document.querySelector('[data-terminal] .xterm-rows')?.textContent ?? '').replace(/\u00a0/g, ' ').trimEnd().endsWith(tail),
    command.slice(-12).trimEnd(),
    { timeout: 10000 },
  );
  await page.keyboard.press('Enter');
}

/**
 * Answers the page's confirmation dialog (role alertdialog) with the button named `answer`, after
 * checking it is the one asking `question`; resolves once it has closed.
 */
export async function answerConfirm(page: Page, question: string | RegExp, answer: string): Promise<void> {
  const dialog = page.getByRole('alertdialog', { name: question });
  await dialog.waitFor();
  await dialog.getByRole('button', { name: answer, exact: true }).click();
  await dialog.waitFor({ state: 'detached' });
}

/** The host prompt as the session draws it in a fresh lesson. */
export const PROMPT = 'learner@workbook:~$';

/** Waits until the command that is running has finished: the last row is a bare prompt again. */
export async function waitForPrompt(page: Page, prompt = PROMPT, timeout = 20000): Promise<void> {
  await page.waitForFunction(
    (p) => {
      const rows = [...(document.querySelector('[data-terminal] .xterm-rows')?.children ?? [])].map((r) =>
        (r.textContent ?? '').replace(/\u00a0/g, ' ').trimEnd(),
      );
      while (rows.length && rows[rows.length - 1] === '') rows.pop();
      return rows[rows.length - 1] === p;
    },
    prompt,
    { timeout },
  );
}

/** A served site and a watched desktop-sized page on `lesson` (a path under the base), ready to type into. */
export async function openLessonPage(lesson: string, viewport = { width: 1440, height: 1000 }): Promise<{ site: Site; watched: WatchedPage; page: Page }> {
  const site = await openSite();
  const watched = await watchedPage(site, { viewport });
  await watched.page.goto(`${site.url}${lesson}`);
  await waitReady(watched.page);
  return { site, watched, page: watched.page };
}
