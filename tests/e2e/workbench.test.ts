// The editor, file tree and layer picture in Chromium: both ways of the sync, the build checks as
// diagnostics, keyboard use of the tree, and the picture after pulls, builds and container writes.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { answerConfirm, openSite, screenLines, typeCommand, waitForPrompt, waitReady, watchedPage, type Site, type WatchedPage } from './support/site.ts';

let site: Site;
let watched: WatchedPage;
let page: Page;

beforeAll(async () => {
  site = await openSite();
  watched = await watchedPage(site, { viewport: { width: 1440, height: 1000 } });
  page = watched.page;
  await page.goto(`${site.url}lessons/02-layers-and-history/`);
  await waitReady(page);
  await page.waitForSelector('[data-editor-panel]:not([hidden])');
});

afterAll(async () => {
  expect(watched.problems).toEqual([]);
  await site?.close();
});

/** Types a name into the tree's text field (new file, rename) and presses Enter. */
async function answer(field: string, value: string): Promise<void> {
  const input = page.getByRole('tree', { name: 'Files' }).getByRole('textbox', { name: field });
  await input.fill(value);
  await input.press('Enter');
}

const tree = () => page.getByRole('tree', { name: 'Files' });
const editorText = () => page.locator('[data-code-editor] .cm-content').innerText();

describe('file tree and editor', () => {
  it('a file written in the terminal appears in the tree and opens in the editor', async () => {
    await typeCommand(page, 'printf "FROM alpine\\nCMD echo hi\\n" > Dockerfile');
    await waitForPrompt(page);
    await tree().getByRole('treeitem', { name: 'Dockerfile' }).waitFor({ timeout: 5000 });
    await tree().getByRole('treeitem', { name: 'Dockerfile' }).click();
    await page.waitForFunction(() => document.querySelector('[data-code-editor] .cm-content')?.textContent?.includes('CMD echo hi'));
  });

  it('shows the build checks as diagnostics while typing (JSON-form CMD advice)', async () => {
    await page.waitForSelector('[data-code-editor] .cm-lintRange-warning', { timeout: 5000 });
    await page.locator('[data-code-editor] .cm-lintRange-warning').first().hover();
    await page.waitForSelector('.cm-tooltip-lint', { timeout: 5000 });
    expect(await page.locator('.cm-tooltip-lint').innerText()).toContain('JSONArgsRecommended');
  });

  it('an edit in the editor is what cat and docker build see, without saving by hand', async () => {
    await page.locator('[data-code-editor] .cm-content').click();
    await page.keyboard.press('Control+End');
    await page.keyboard.type('LABEL edited=yes\n');
    // Enter in the terminal right away: the page saves the pending edit before the command runs.
    await typeCommand(page, 'clear; cat Dockerfile && docker build -q -t edited . && docker inspect -f "{{.Config.Labels.edited}}" edited');
    await waitForPrompt(page, undefined, 30000);
    const rows = await screenLines(page);
    expect(rows).toContain('LABEL edited=yes');
    expect(rows.at(-2)).toBe('yes');
  });

  it('Ctrl-S saves at once; new file, rename and delete from the buttons and the keyboard', async () => {
    await page.getByRole('button', { name: 'New file' }).click();
    await answer('New file name', 'app/main.sh');
    await tree().getByRole('treeitem', { name: 'main.sh' }).waitFor();
    await page.locator('[data-code-editor] .cm-content').click();
    await page.keyboard.type('echo from-the-editor');
    await page.keyboard.press('Control+s');
    await page.waitForFunction(() => document.querySelector('[data-editor-status]')?.textContent === 'Saved app/main.sh');
    await typeCommand(page, 'clear; sh app/main.sh');
    await waitForPrompt(page);
    expect((await screenLines(page)).at(-2)).toBe('from-the-editor');
    // Keyboard: focus the tree, move to main.sh, F2 renames, Delete deletes.
    await tree().getByRole('treeitem', { name: 'main.sh' }).focus();
    await page.keyboard.press('F2');
    await answer('New name for app/main.sh', 'app/run.sh');
    await tree().getByRole('treeitem', { name: 'run.sh' }).waitFor();
    await typeCommand(page, 'clear; ls app');
    await waitForPrompt(page);
    expect((await screenLines(page)).at(-2)).toBe('run.sh');
    await tree().getByRole('treeitem', { name: 'run.sh' }).focus();
    await page.keyboard.press('Delete');
    await answerConfirm(page, 'Delete app/run.sh?', 'Delete');
    await tree().getByRole('treeitem', { name: 'run.sh' }).waitFor({ state: 'detached' });
    await typeCommand(page, 'clear; ls app | wc -l');
    await waitForPrompt(page);
    expect((await screenLines(page)).at(-2)).toBe('0');
  });

  it('the tree follows the ARIA tree keys: arrows move the one tab stop, Enter opens a file', async () => {
    const items = tree().getByRole('treeitem');
    await items.first().focus();
    const before = await page.evaluate(() => (document.activeElement as HTMLElement).dataset.path);
    await page.keyboard.press('ArrowDown');
    const after = await page.evaluate(() => (document.activeElement as HTMLElement).dataset.path);
    expect(after).not.toBe(before);
    expect(await tree().locator('[tabindex="0"]').count()).toBe(1);
    await tree().getByRole('treeitem', { name: 'Dockerfile' }).focus();
    await page.keyboard.press('Enter');
    expect(await editorText()).toContain('FROM alpine');
  });
});

describe('the Layers picture', () => {
  it('draws images as layer stacks, shared layers as shared, containers with diff marks; a click lists a layer’s files', async () => {
    await typeCommand(page, 'clear; printf "FROM alpine\\nRUN echo hi > /greeting\\n" > Dockerfile && docker build -q -t greet . && docker run --name box alpine touch /new-file');
    await waitForPrompt(page, undefined, 30000);
    const region = page.getByRole('region', { name: 'Layers' });
    await region.locator('[data-image="greet:latest"]').waitFor({ timeout: 5000 });
    const greet = region.getByRole('list', { name: /^greet:latest: 2 layers/ });
    await expect(greet.count()).resolves.toBe(1);
    const base = greet.getByRole('button', { name: /^Layer 1: .*shared with .*alpine:latest/ });
    await expect(base.count()).resolves.toBe(1);
    const box = region.getByRole('list', { name: /^box: 1 change/ });
    expect(await box.innerText()).toContain('/new-file');
    await region.getByRole('listitem', { name: 'added /new-file' }).waitFor();
    await greet.getByRole('button', { name: /^Layer 2: RUN .*echo hi/ }).click();
    await region.getByText('/greeting 3B').waitFor();
  });
});
