// The editor panel in Chromium, as a learner meets it on lesson 08: CodeMirror is fetched only when
// reached for (the file shows as text before), and new file, new folder, rename and delete happen in
// the tree itself — a text field where Enter commits, Escape cancels and a refused name says why.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { answerConfirm, openSite, screenLines, typeCommand, waitForPrompt, waitReady, watchedPage, type Site, type WatchedPage } from './support/site.ts';

let site: Site;
let watched: WatchedPage;
let page: Page;
const fetched: string[] = [];

beforeAll(async () => {
  site = await openSite();
  watched = await watchedPage(site, { viewport: { width: 1440, height: 1000 } });
  page = watched.page;
  page.on('response', (response) => void fetched.push(response.url()));
  await page.goto(`${site.url}lessons/08-first-dockerfile/`);
  await waitReady(page);
});

afterAll(async () => {
  expect(watched.problems).toEqual([]);
  await site?.close();
});

const panel = () => page.locator('[data-editor-panel]');
const tree = () => page.getByRole('tree', { name: 'Files' });
const item = (name: string) => tree().getByRole('treeitem', { name, exact: true });
const codeEditorFetched = () => fetched.some((url) => /\/code-editor\.[^/]+\.js$/.test(url));

async function terminalLast(command: string): Promise<string | undefined> {
  await typeCommand(page, `clear; ${command}`);
  await waitForPrompt(page);
  return (await screenLines(page)).at(-2);
}

describe('the editor loads when reached for', () => {
  it('shows the open Dockerfile as text without fetching CodeMirror; focus swaps CodeMirror in', async () => {
    await page.locator('[data-editor-panel] .editor-preview').waitFor();
    await page.waitForFunction(() => document.querySelector('.editor-preview')?.textContent?.includes('FROM'));
    await page.waitForLoadState('networkidle');
    expect(codeEditorFetched()).toBe(false);
    // The keyboard way in: the preview is a tab stop; focusing it brings the editor with focus inside.
    await page.locator('.editor-preview').focus();
    await page.waitForFunction(() => document.activeElement?.classList.contains('cm-content'));
    expect(codeEditorFetched()).toBe(true);
    expect(await page.locator('[data-code-editor] .cm-content').innerText()).toContain('FROM');
    expect(await page.locator('.editor-preview').count()).toBe(0);
  });
});

describe('new file, new folder, rename and delete in the tree', () => {
  it('New file opens a field in the current folder; a taken name is refused inline; Enter creates and opens it', async () => {
    await item('Dockerfile').click();
    await panel().getByRole('button', { name: 'New file' }).click();
    const field = tree().getByRole('textbox', { name: 'New file name' });
    await expect(field.inputValue()).resolves.toBe('hello/');
    expect(await field.evaluate((input) => input === document.activeElement)).toBe(true);
    await field.fill('hello/Dockerfile');
    await field.press('Enter');
    const error = tree().getByRole('alert');
    await error.waitFor();
    expect(await error.innerText()).toBe('hello/Dockerfile already exists.');
    expect(await field.getAttribute('aria-invalid')).toBe('true');
    // axe with the field and its error showing.
    const results = await new AxeBuilder({ page }).include('[data-editor-panel]').analyze();
    expect(results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${JSON.stringify(v.nodes.map((n) => [n.target, n.failureSummary]))}`)).toEqual([]);
    await field.fill('hello/app/main.sh');
    await field.press('Enter');
    await item('main.sh').waitFor();
    expect(await tree().getByRole('textbox').count()).toBe(0);
    await page.waitForFunction(() => document.querySelector('[data-editor-file]')?.textContent === 'hello/app/main.sh');
    await page.waitForFunction(() => document.activeElement?.classList.contains('cm-content'));
    await page.keyboard.type('echo made-in-the-tree');
    await page.keyboard.press('Control+s');
    await page.waitForFunction(() => document.querySelector('[data-editor-status]')?.textContent === 'Saved hello/app/main.sh');
    expect(await terminalLast('sh hello/app/main.sh')).toBe('made-in-the-tree');
  });

  it('Escape cancels a new folder and gives focus back to the tree; Enter makes one', async () => {
    await item('main.sh').focus();
    await panel().getByRole('button', { name: 'New folder' }).click();
    const field = tree().getByRole('textbox', { name: 'New folder name' });
    await field.fill('hello/app/conf');
    await field.press('Escape');
    expect(await tree().getByRole('textbox').count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('treeitem');
    expect(await terminalLast('ls hello/app')).toBe('main.sh');
    await panel().getByRole('button', { name: 'New folder' }).click();
    await tree().getByRole('textbox', { name: 'New folder name' }).fill('hello/app/conf');
    await tree().getByRole('textbox', { name: 'New folder name' }).press('Enter');
    await item('conf').waitFor();
    expect(await terminalLast('test -d hello/app/conf && echo dir')).toBe('dir');
  });

  it('F2 renames in place; a name the workspace refuses says why; the open file follows the rename', async () => {
    await item('main.sh').click();
    await item('main.sh').press('F2');
    const field = tree().getByRole('textbox', { name: 'New name for hello/app/main.sh' });
    await expect(field.inputValue()).resolves.toBe('hello/app/main.sh');
    // The name is selected, not the folder or the extension: typing replaces just "main".
    await page.keyboard.type('start');
    await expect(field.inputValue()).resolves.toBe('hello/app/start.sh');
    await field.fill('../outside.sh');
    await field.press('Enter');
    await tree().getByRole('alert').waitFor();
    expect(await tree().getByRole('alert').innerText()).toBe('../outside.sh: a path in the workspace may not use ..');
    await field.fill('hello/app/start.sh');
    await field.press('Enter');
    await item('start.sh').waitFor();
    expect(await item('main.sh').count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('start.sh');
    expect(await page.locator('[data-editor-file]').innerText()).toBe('hello/app/start.sh');
    expect(await terminalLast('echo $(ls hello/app)')).toBe('conf start.sh');
  });

  it('Delete asks in the page’s own dialog: focus on Cancel and kept inside, Escape keeps the file, Delete removes it; axe-clean light and dark', async () => {
    const question = 'Delete hello/app/start.sh?';
    const dialog = page.getByRole('alertdialog', { name: question });
    const focused = () => page.evaluate(() => document.activeElement?.textContent);
    await item('start.sh').focus();
    await page.keyboard.press('Delete');
    await dialog.waitFor();
    expect(await dialog.getByText('This cannot be undone.').count()).toBe(1);
    // The safe answer has focus; Tab reaches the other and cannot leave for the page behind (it is inert).
    expect(await focused()).toBe('Cancel');
    await page.keyboard.press('Tab');
    expect(await focused()).toBe('Delete');
    await page.keyboard.press('Shift+Tab');
    expect(await focused()).toBe('Cancel');
    const behind = (await page.locator('[data-terminal]').boundingBox())!;
    await page.mouse.click(behind.x + behind.width / 2, behind.y + behind.height / 2);
    expect(await page.evaluate(() => document.activeElement?.closest('[data-terminal]') === null && document.querySelector('dialog')?.open)).toBe(true);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.closest('[data-confirm]') !== null)).toBe(true);
    await page.getByRole('button', { name: 'Cancel' }).focus();
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      const results = await new AxeBuilder({ page }).include('[data-confirm]').analyze();
      expect(results.violations.map((v) => `${scheme} ${v.id} (${v.impact})`)).toEqual([]);
    }
    await page.emulateMedia({ colorScheme: 'light' });
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    expect(await item('start.sh').count()).toBe(1);
    expect(await focused()).toBe('start.sh');
    // The Delete button asks the same; "Delete" removes it, and focus stays in the tree.
    await panel().getByRole('button', { name: 'Delete' }).click();
    await answerConfirm(page, question, 'Delete');
    await item('start.sh').waitFor({ state: 'detached' });
    expect(await page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('treeitem');
    expect(await terminalLast('ls hello/app')).toBe('conf');
  });
});
