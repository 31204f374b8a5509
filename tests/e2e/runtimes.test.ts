// Python and Node in the browser: each runtime's worker and WebAssembly load from the built site under
// its sub-path and its Content-Security-Policy (any violation fails the page), run a learner's code in
// a container, and give the prompt back.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { LESSON_01, openLessonPage, typeCommand, waitForPrompt, waitForScreen, type Site, type WatchedPage } from './support/site.ts';

let site: Site;
let watched: WatchedPage;
let page: Page;

beforeAll(async () => {
  ({ site, watched, page } = await openLessonPage(LESSON_01));
});

afterAll(async () => {
  expect(watched.problems).toEqual([]);
  await site?.close();
});

describe('language runtimes in the page', () => {
  it('python3 runs real Python in a python image', { timeout: 120_000 }, async () => {
    await typeCommand(page, 'docker run --rm python:3.12-alpine python3 -c "print(sum(range(10)) * 7)"');
    await waitForScreen(page, '315', 90_000);
    await waitForPrompt(page);
  });

  it('node runs real JavaScript in a node image', { timeout: 120_000 }, async () => {
    await typeCommand(page, "docker run --rm node:22-alpine node -e \"console.log([1, 2, 3].map((n) => n * 11).join('-'))\"");
    await waitForScreen(page, '11-22-33', 90_000);
    await waitForPrompt(page);
  });
});
