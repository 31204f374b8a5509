// The sandbox page: every image of the catalog is listed with a Pull button, a button pulls its image in
// the sandbox's own terminal, and what was pulled is still there after a reload.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openLessonPage, typeCommand, waitForPrompt, waitForScreen, type Site, type WatchedPage } from './support/site.ts';

let site: Site;
let watched: WatchedPage;
let page: Page;

beforeAll(async () => {
  ({ site, watched, page } = await openLessonPage('sandbox/'));
});

afterAll(async () => {
  expect(watched.problems).toEqual([]);
  await site?.close();
});

describe('the sandbox page', () => {
  it('offers every catalog image, and a Pull button pulls its image into the sandbox', { timeout: 120_000 }, async () => {
    const buttons = page.locator('[data-catalog] button[data-run^="docker pull"]');
    expect(await buttons.count()).toBeGreaterThanOrEqual(60);
    await page.locator('summary', { hasText: 'registry.k8s.io/pause' }).click();
    const pause = page.getByRole('button', { name: 'Pull registry.k8s.io/pause in the terminal' });
    await expect.poll(() => pause.isEnabled(), { timeout: 30_000 }).toBe(true);
    await pause.click();
    await waitForScreen(page, 'Status: Downloaded newer image for registry.k8s.io/pause:latest', 60_000);
    await waitForPrompt(page);
    await page.reload();
    await waitForPrompt(page);
    await typeCommand(page, "docker images --format '{{.Repository}}'");
    await waitForScreen(page, 'registry.k8s.io/pause', 30_000);
  });
});
