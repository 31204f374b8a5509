// The last build in the Layers picture, in Chromium: after a multi-stage build each step says CACHED or
// RAN (in words a screen reader reads, not colour alone), the stage the target does not need is shown
// as not built, and a changed step runs again while the ones before it stay cached.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { openLessonPage, typeCommand, waitForPrompt, type Site, type WatchedPage } from './support/site.ts';

let site: Site;
let watched: WatchedPage;
let page: Page;

beforeAll(async () => {
  ({ site, watched, page } = await openLessonPage('lessons/12-multi-stage-builds/'));
});

afterAll(async () => {
  expect(watched.problems).toEqual([]);
  await site?.close();
});

const DOCKERFILE = 'FROM alpine AS builder\\nRUN echo built > /out\\nFROM alpine AS tests\\nRUN echo testing\\nFROM alpine\\nCOPY --from=builder /out /out\\n';
const region = () => page.getByRole('region', { name: 'Layers' });
const lastBuild = () => region().getByRole('region', { name: /^Last build/ });

async function run(command: string): Promise<void> {
  await typeCommand(page, `clear; ${command}`);
  await waitForPrompt(page, undefined, 30000);
}

/** Waits for the picture to show the build whose tally is `tally`, then returns each step's accessible name. */
async function stepsAfter(tally: string): Promise<string[]> {
  await lastBuild().getByText(tally, { exact: true }).waitFor({ timeout: 10000 });
  return lastBuild().locator('.build-step').evaluateAll((items) => items.map((item) => item.getAttribute('aria-label') ?? ''));
}

describe('the last build in the Layers picture', () => {
  it('a first build: every step ran, the stage the target does not need was not built', async () => {
    await run(`printf '${DOCKERFILE}' > Dockerfile && docker build -q -t app .`);
    expect(await lastBuild().getByRole('heading').innerText()).toBe('Last build: app:latest');
    expect(await stepsAfter('0 of 2 steps CACHED, 2 ran')).toEqual([
      'Step 1 of 2, FROM alpine:latest: the base image',
      // The builder's /out and the COPY of it are the same bytes: one layer, which both steps name.
      'Step 2 of 2, RUN echo built > /out: ran: rebuilt this time; layer 2 of app:latest',
      'Step 1 of 2, FROM alpine:latest: the base image',
      'Step 2 of 2, COPY --from=builder /out /out: ran: rebuilt this time; layer 2 of app:latest',
    ]);
    await lastBuild().getByRole('listitem', { name: 'Stage tests: not built, the target does not need it' }).waitFor();
    expect(await lastBuild().getByText(/^Left out of this build: tests\./).count()).toBe(1);
    const results = await new AxeBuilder({ page }).include('[data-layers]').analyze();
    expect(results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.html.slice(0, 160)).join(' | ')}`)).toEqual([]);
  });

  it('the same build again is all CACHED; a changed last step runs again and the ones before stay cached', async () => {
    await run('docker build -q -t app .');
    const again = await stepsAfter('2 of 2 steps CACHED, 0 ran');
    expect(again.filter((name) => !name.includes('FROM')).every((name) => name.includes(': CACHED, reused from the build cache'))).toBe(true);
    await run(`echo 'RUN echo more >> /out' >> Dockerfile && docker build -q -t app .`);
    expect((await stepsAfter('2 of 3 steps CACHED, 1 ran')).filter((name) => !name.includes('FROM'))).toEqual([
      'Step 2 of 2, RUN echo built > /out: CACHED, reused from the build cache; layer 2 of app:latest',
      'Step 2 of 3, COPY --from=builder /out /out: CACHED, reused from the build cache; layer 2 of app:latest',
      'Step 3 of 3, RUN echo more >> /out: ran: rebuilt this time; layer 3 of app:latest',
    ]);
  });

  it('a step and the layer it made point at each other: hover or focus lights both, "layer N" goes to it', async () => {
    const step = lastBuild().getByRole('listitem', { name: /^Step 3 of 3, RUN echo more >> \/out: .*; layer 3 of app:latest$/ });
    const layer = region().getByRole('list', { name: /^app:latest: 3 layers/ }).getByRole('button', { name: /^Layer 3: RUN .*echo more.* made by step stage-2 3\/3 of the last build \(ran\) ?\. Show its files$/ });
    const lit = (locator: typeof step) => locator.evaluate((node) => node.classList.contains('linked'));
    await step.hover();
    expect([await lit(step), await lit(layer)]).toEqual([true, true]);
    await page.mouse.move(0, 0);
    expect([await lit(step), await lit(layer)]).toEqual([false, false]);
    await step.getByRole('button', { name: 'Go to layer 3 of app:latest' }).click();
    expect(await layer.evaluate((node) => node === document.activeElement)).toBe(true);
    expect(await lit(step)).toBe(true);
    // The other way: focus on a layer lights its step; a layer no step of this build made lights none.
    await layer.blur();
    expect(await lit(step)).toBe(false);
    const base = region().getByRole('list', { name: /^app:latest: 3 layers/ }).getByRole('button', { name: /^Layer 1: / });
    expect(await base.getAttribute('data-layer-link')).toBeNull();
    // Lit, in dark mode: still no serious or critical axe finding in the picture.
    await step.hover();
    await page.emulateMedia({ colorScheme: 'dark' });
    const results = await new AxeBuilder({ page }).include('[data-layers]').analyze();
    await page.emulateMedia({ colorScheme: 'light' });
    expect(results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
  });

  it('the last build is still drawn after a reload (saved with the engine’s state)', async () => {
    await page.reload();
    await page.waitForSelector('[data-workbench][data-ready="true"]', { state: 'attached', timeout: 30000 });
    expect((await stepsAfter('2 of 3 steps CACHED, 1 ran')).at(-1)).toBe('Step 3 of 3, RUN echo more >> /out: ran: rebuilt this time; layer 3 of app:latest');
  });

  it('--target tests builds that stage alone; a failing step is marked and the error shown', async () => {
    await run('docker build -q --target tests -t t .');
    await lastBuild().getByRole('listitem', { name: 'Stage builder: not built, the target does not need it' }).waitFor();
    expect(await lastBuild().getByRole('heading').innerText()).toBe('Last build: t:latest');
    await run(`printf 'FROM alpine\\nRUN exit 3\\n' > Dockerfile && docker build -q -t broken .`);
    await lastBuild().getByRole('listitem', { name: 'Step 2 of 2, RUN exit 3: failed' }).waitFor({ timeout: 10000 });
    expect(await lastBuild().locator('.build-error').innerText()).toMatch(/^The build failed: .*exit code: 3/);
  });
});
