// The terminal in Chromium: the prompt is always last, the size follows the box, the keys a learner
// expects (copy, paste, Ctrl-R, Ctrl-D, Esc then Tab), links, narrow progress, text for assistive tech.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { LESSON_01, PROMPT, openSite, screenLines, typeCommand, waitForPrompt, waitForScreen, waitReady, watchedPage, type Site, type WatchedPage } from './support/site.ts';

let site: Site;
let watched: WatchedPage;
let page: Page;

beforeAll(async () => {
  site = await openSite();
  watched = await watchedPage(site, { viewport: { width: 1600, height: 1000 } });
  await watched.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.origin });
  page = watched.page;
  await page.goto(site.url + LESSON_01);
  await waitReady(page);
});

afterAll(async () => {
  expect(watched.problems).toEqual([]);
  await site?.close();
});

/** Rows that begin with the host prompt, and where the prompt shows up anywhere else. */
async function promptPlacement(): Promise<{ misplaced: string[]; last: string | undefined }> {
  const rows = await screenLines(page);
  const misplaced = rows.filter((row) => row.includes(PROMPT) && !row.startsWith(PROMPT));
  return { misplaced, last: rows.at(-1) };
}

describe('the prompt is always last', () => {
  it('after repeated pulls, docker tag and docker rmi of two names', async () => {
    const commands = ['docker pull alpine', 'docker pull alpine', 'docker pull alpine:3.19', 'docker tag alpine a1', 'docker tag alpine a2', 'docker rmi a1 a2', 'docker images'];
    for (const command of commands) {
      await typeCommand(page, command);
      await waitForPrompt(page);
      const { misplaced, last } = await promptPlacement();
      expect(misplaced, `after ${command}`).toEqual([]);
      expect(last, `after ${command}`).toBe(PROMPT);
    }
    const log = await page.getByRole('log', { name: 'Terminal output' }).innerText();
    expect(log).toMatch(/Untagged: a1:latest\s+Untagged: a2:latest/);
  });

  it('under load: a burst of output and commands typed ahead without waiting', async () => {
    await page.locator('[data-terminal] .xterm-helper-textarea').focus();
    await page.keyboard.type('clear\n', { delay: 0 });
    await page.keyboard.type('for i in $(seq 1 400); do echo "row $i"; done\n', { delay: 0 });
    await page.keyboard.type('docker tag alpine b1\ndocker rmi b1\necho end-of-burst\n', { delay: 0 });
    await waitForScreen(page, 'end-of-burst\n'.trim());
    await waitForPrompt(page);
    const rows = await screenLines(page);
    expect(rows.slice(-3)).toEqual([`${PROMPT} echo end-of-burst`, 'end-of-burst', PROMPT]);
    const log = await page.getByRole('log', { name: 'Terminal output' }).innerText();
    const at = (text: string) => log.indexOf(text);
    expect(at('row 400')).toBeGreaterThan(at('row 399'));
    expect(at(`${PROMPT} docker tag alpine b1`)).toBeGreaterThan(at('row 400'));
    expect(at('Untagged: b1:latest')).toBeGreaterThan(at(`${PROMPT} docker rmi b1`));
  });

  it('while the CPU is busy: a burst of commands typed without waiting keeps every prompt before its output and the last one last', async () => {
    const cdp = await watched.context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 6 });
    // And the page's own thread kept busy most of the time, as a slow phone's would be.
    await page.evaluate(() => {
      (window as unknown as { hog: number }).hog = window.setInterval(() => {
        const until = performance.now() + 40;
        while (performance.now() < until);
      }, 50);
    });
    try {
      await page.locator('[data-terminal] .xterm-helper-textarea').focus();
      const burst = ['clear', 'docker pull alpine:3.19', 'docker tag alpine:3.19 c1', 'docker tag alpine:3.19 c2', 'docker rmi c1 c2', 'for i in $(seq 1 60); do echo "busy $i"; done', 'echo end-of-busy'];
      await page.keyboard.type(`${burst.join('\n')}\n`, { delay: 0 });
      await waitForScreen(page, 'end-of-busy\n'.trim(), 60000);
      await waitForPrompt(page, PROMPT, 60000);
    } finally {
      await page.evaluate(() => clearInterval((window as unknown as { hog: number }).hog));
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
      await cdp.detach();
    }
    const { misplaced, last } = await promptPlacement();
    expect(misplaced).toEqual([]);
    expect(last).toBe(PROMPT);
    const log = await page.getByRole('log', { name: 'Terminal output' }).innerText();
    const at = (text: string) => log.lastIndexOf(text);
    // Each command's line comes after the previous command's output, and before its own.
    expect(at(`${PROMPT} docker tag alpine:3.19 c1`)).toBeGreaterThan(at('Status: '));
    expect(at('Untagged: c1:latest')).toBeGreaterThan(at(`${PROMPT} docker rmi c1 c2`));
    expect(at('Untagged: c2:latest')).toBeGreaterThan(at('Untagged: c1:latest'));
    expect(at(`${PROMPT} for i in`)).toBeGreaterThan(at('Untagged: c2:latest'));
    expect(at('busy 60')).toBeGreaterThan(at('busy 59'));
    expect(at(`${PROMPT} echo end-of-busy`)).toBeGreaterThan(at('busy 60'));
    expect(log.split('\n').filter((line) => line.includes(PROMPT) && !line.startsWith(PROMPT))).toEqual([]);
  });
});

describe('background jobs', () => {
  it("a job's output between commands comes up above the prompt, with what was being typed kept below it", async () => {
    await typeCommand(page, 'clear; (sleep 1; echo job-says-hello) &');
    await waitForPrompt(page);
    expect((await screenLines(page)).some((row) => /^\[1\] \d+$/.test(row))).toBe(true);
    // Half a line typed while the job sleeps: its output must not land inside it.
    await page.keyboard.type('echo typed', { delay: 0 });
    await waitForScreen(page, 'job-says-hello');
    await page.keyboard.type('-on\n', { delay: 0 });
    await waitForScreen(page, 'typed-on');
    await waitForPrompt(page);
    const rows = await screenLines(page);
    const said = rows.indexOf('job-says-hello');
    expect(said).toBeGreaterThan(-1);
    expect(rows.slice(said + 1)).toEqual([`${PROMPT} echo typed-on`, 'typed-on', '[1]+  Done                    ( sleep 1; echo job-says-hello )', PROMPT]);
  });
});

describe('the terminal fits its box and the shell knows its size', () => {
  it('has more than 80 columns at desktop width, and $COLUMNS and $LINES say so', async () => {
    await typeCommand(page, 'clear; echo "size=$COLUMNS x $LINES"');
    await waitForPrompt(page);
    const line = (await screenLines(page)).find((row) => row.startsWith('size='))!;
    const [, columns, lines] = /size=(\d+) x (\d+)/.exec(line)!.map(Number);
    expect(columns).toBeGreaterThan(80);
    expect(lines).toBeGreaterThan(10);
    // On a common desktop (1920 wide) the tables wider than 80 columns, docker history's (111 columns
    // with COMMENT) and docker ps's, stay one row per line.
    await page.setViewportSize({ width: 1920, height: 1080 });
    await page.waitForTimeout(300);
    await typeCommand(page, 'clear; echo "wide=$COLUMNS"; docker pull -q alpine >/dev/null; docker history alpine; docker run -d --name wide-row alpine sleep 300; docker ps');
    await waitForPrompt(page);
    const table = await screenLines(page);
    await page.setViewportSize({ width: 1600, height: 1000 });
    expect(Number(/wide=(\d+)/.exec(table.find((row) => row.startsWith('wide='))!)![1])).toBeGreaterThanOrEqual(112);
    expect(table.find((row) => row.startsWith('IMAGE'))).toMatch(/^IMAGE\s+CREATED\s+CREATED BY\s+SIZE\s+COMMENT$/);
    expect(table.find((row) => row.includes('ADD alpine-minirootfs'))).toMatch(/ADD alpine-minirootfs.*\s\d+(\.\d+)?MB\s+buildkit\.dockerfile\.v0$/);
    expect(table.find((row) => row.startsWith('CONTAINER ID'))).toMatch(/^CONTAINER ID\s+IMAGE\s+COMMAND\s+CREATED\s+STATUS\s+PORTS\s+NAMES$/);
    expect(table.find((row) => row.includes('"sleep 300"'))).toMatch(/\swide-row$/);
    await typeCommand(page, 'clear; docker rm -f wide-row >/dev/null');
    await waitForPrompt(page);
    // The last row fits inside the visible box (not clipped by the panel).
    const fits = await page.evaluate(() => {
      const screen = document.querySelector('[data-terminal]')!.getBoundingClientRect();
      const rows = document.querySelectorAll('[data-terminal] .xterm-rows > div');
      const last = rows[rows.length - 1].getBoundingClientRect();
      return last.bottom <= screen.bottom + 0.5;
    });
    expect(fits).toBe(true);
  });

  it('follows a resize: $COLUMNS changes with the width', async () => {
    await page.setViewportSize({ width: 1100, height: 1000 });
    await page.waitForTimeout(300);
    await typeCommand(page, 'clear; echo "now=$COLUMNS"');
    await waitForPrompt(page);
    const line = (await screenLines(page)).find((row) => row.startsWith('now='))!;
    const columns = Number(/now=(\d+)/.exec(line)![1]);
    await page.setViewportSize({ width: 1600, height: 1000 });
    await page.waitForTimeout(300);
    await typeCommand(page, 'clear; echo "then=$COLUMNS"');
    await waitForPrompt(page);
    const wider = Number(/then=(\d+)/.exec((await screenLines(page)).find((row) => row.startsWith('then='))!)![1]);
    expect(wider).toBeGreaterThan(columns);
  });
});

describe('keys', () => {
  it('Ctrl-C copies selected text (and does not interrupt); Ctrl-Shift-C copies too; Ctrl-V pastes', async () => {
    await typeCommand(page, 'clear; echo copy-me-please');
    await waitForPrompt(page);
    const word = page.locator('[data-terminal] .xterm-rows > div', { hasText: /^copy-me-please/ }).first();
    const box = (await word.boundingBox())!;
    await page.mouse.dblclick(box.x + 20, box.y + box.height / 2);
    await page.keyboard.press('Control+c');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('copy-me-please');
    expect((await screenLines(page)).some((row) => row.includes('^C'))).toBe(false);
    await page.evaluate(() => navigator.clipboard.writeText(''));
    await page.mouse.dblclick(box.x + 20, box.y + box.height / 2);
    await page.keyboard.press('Control+Shift+C');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('copy-me-please');
    await page.evaluate(() => navigator.clipboard.writeText('echo pasted-$((6*7))'));
    await page.locator('[data-terminal] .xterm-helper-textarea').focus();
    await page.keyboard.press('Control+v');
    await page.keyboard.press('Enter');
    await waitForScreen(page, 'pasted-42');
  });

  it('Ctrl-R finds an earlier command and Enter runs it', async () => {
    await typeCommand(page, 'echo needle-one');
    await waitForPrompt(page);
    await typeCommand(page, 'clear');
    await waitForPrompt(page);
    await page.keyboard.press('Control+r');
    await page.keyboard.type('needle');
    await waitForScreen(page, "(reverse-i-search)`needle': echo needle-one");
    await page.keyboard.press('Enter');
    await waitForScreen(page, '\nneedle-one'.trim());
    await waitForPrompt(page);
  });

  it('Ctrl-D on an empty line leaves a container shell', async () => {
    await typeCommand(page, 'clear; docker run -it alpine sh');
    await waitForScreen(page, '/ #');
    await page.keyboard.press('Control+d');
    await waitForPrompt(page);
    await typeCommand(page, 'docker ps -q | wc -l');
    await waitForPrompt(page);
    expect((await screenLines(page)).at(-2)).toBe('0');
  });

  it('Escape then Tab moves focus out of the terminal (no keyboard trap); Tab alone completes', async () => {
    const textarea = page.locator('[data-terminal] .xterm-helper-textarea');
    await textarea.focus();
    await page.keyboard.press('Tab');
    expect(await textarea.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press('Escape');
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => document.activeElement?.closest('[data-terminal]') === null);
    expect(focused).toBe(true);
    await textarea.focus();
    await page.keyboard.press('Escape');
    await page.keyboard.press('Shift+Tab');
    expect(await page.evaluate(() => document.activeElement?.closest('[data-terminal]') === null)).toBe(true);
  });

  it('makes URLs in output clickable', async () => {
    await typeCommand(page, 'echo see https://docs.docker.com/get-started/');
    await waitForPrompt(page);
    const row = page.locator('[data-terminal] .xterm-rows > div', { hasText: /^see https/ }).last();
    const box = (await row.boundingBox())!;
    await page.mouse.click(box.x + 4, box.y + box.height / 2); // ends any selection left by the copy test
    await page.mouse.move(box.x + 80, box.y + box.height / 2, { steps: 4 });
    await page.waitForSelector('[data-terminal] .xterm-screen.xterm-cursor-pointer, [data-terminal] .xterm-cursor-pointer', { timeout: 5000 });
  });
});

describe('narrow terminals', () => {
  it('a pull at 40 columns draws each layer once, without a wrapped trail of progress lines', async () => {
    await page.setViewportSize({ width: 400, height: 900 });
    await page.getByRole('button', { name: 'Terminal', exact: true }).click();
    await page.waitForTimeout(300);
    await typeCommand(page, 'clear; echo "cols=$COLUMNS"');
    await waitForPrompt(page);
    const columns = Number(/cols=(\d+)/.exec((await screenLines(page)).find((r) => r.startsWith('cols='))!)![1]);
    expect(columns).toBeLessThanOrEqual(45);
    await typeCommand(page, 'docker pull nginx');
    await waitForScreen(page, 'docker.io/library/nginx:latest', 30000);
    await waitForPrompt(page);
    const rows = await screenLines(page);
    const layerRows = rows.filter((row) => /^[0-9a-f]{12}: /.test(row));
    const ids = layerRows.map((row) => row.slice(0, 12));
    expect(ids.length).toBeGreaterThan(1);
    expect(new Set(ids).size).toBe(ids.length);
    await page.setViewportSize({ width: 1600, height: 1000 });
  });
});
