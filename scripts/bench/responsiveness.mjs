// npm run bench — the page stays responsive while commands run: on lesson 01 in Chromium, a
// PerformanceObserver collects the main thread's long tasks (over 50 ms) during heavy commands (a pull,
// a build, output into a pipe and a flood onto the terminal), and Ctrl-C is pressed into runaways (a
// shell loop, `yes`, Python and Node loops): the time from the key to the next prompt on screen.
//
// Usage: node scripts/bench/responsiveness.mjs [--dist .bench/dist] [--base /docker-lessons/]
import { parseArgs } from 'node:util';
import { recordFigures } from './figures.mjs';
import { serveStatic } from '../../tests/e2e/support/static-server.mjs';
import { launchChromium } from '../../tests/e2e/support/browser.mjs';

const { values } = parseArgs({
  options: {
    dist: { type: 'string', default: '.bench/dist' },
    base: { type: 'string', default: '/docker-lessons/' },
    lesson: { type: 'string', default: '01-what-is-an-image' },
  },
});
const PROMPT = 'learner@workbook:~$';

/** Heavy commands, each run to its end. */
const HEAVY = [
  { name: 'docker pull nginx', line: 'docker pull nginx' },
  { name: 'docker build (3 instructions)', line: "mkdir -p app && printf 'FROM alpine\\nRUN echo hi > /hi\\nCMD cat /hi\\n' > app/Dockerfile && docker build -t app app" },
  { name: 'seq 1 100000 | wc -l', line: 'seq 1 100000 | wc -l' },
  { name: 'seq 1 100000 onto the terminal', line: 'seq 1 100000' },
  { name: 'seq 1 1000000 | wc -l', line: 'seq 1 1000000 | wc -l' },
];
/** Runaways stopped by Ctrl-C after `after` ms (a runtime's first run loads its WebAssembly first). */
const RUNAWAYS = [
  { name: 'while :; do :; done', line: 'while :; do :; done', after: 30 },
  { name: 'yes', line: 'yes', after: 500 },
  { name: 'cat /dev/zero', line: 'cat /dev/zero', after: 100 },
  { name: 'python3 loop', line: "docker run --rm python:3.12-alpine python3 -c 'while True: pass'", after: 6000 },
  { name: 'node loop', line: "docker run --rm node:22-alpine node -e 'for (;;) {}'", after: 6000 },
];

const server = await serveStatic(values.dist, values.base);
const browser = await launchChromium();
const figures = [];
try {
  const context = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
  await context.addInitScript(() => {
    window.__longTasks = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) window.__longTasks.push({ start: entry.startTime, duration: entry.duration });
    }).observe({ type: 'longtask', buffered: true });
    // When Enter or Ctrl-C went down, as the page saw it, and when the terminal next showed a bare prompt.
    const bare = (prompt) => {
      const rows = [...(document.querySelector('[data-terminal] .xterm-rows')?.children ?? [])];
      const text = rows.map((r) => (r.textContent ?? '').replace(/\u00a0/g, ' ').trimEnd()).filter(Boolean);
      return text.at(-1) === prompt;
    };
    let observer;
    window.addEventListener('keydown', (event) => {
      if (!(event.key === 'Enter' || (event.ctrlKey && event.key.toLowerCase() === 'c'))) return;
      window.__keyAt = performance.now();
      window.__promptAt = undefined;
      observer?.disconnect();
      observer = new MutationObserver(() => {
        if (!bare(window.__prompt)) return;
        window.__promptAt = performance.now();
        observer.disconnect();
      });
      observer.observe(document.querySelector('[data-terminal] .xterm-rows'), { childList: true, subtree: true, characterData: true });
    }, true);
  });
  const page = await context.newPage();
  await page.goto(`${server.url}lessons/${values.lesson}/`);
  await page.waitForSelector('[data-workbench][data-ready="true"]', { state: 'attached', timeout: 60000 });
  await page.waitForLoadState('networkidle');
  const terminal = page.locator('[data-terminal] .xterm-helper-textarea');

  await page.evaluate((prompt) => (window.__prompt = prompt), PROMPT);
  /** Waits for the bare prompt after the last Enter or Ctrl-C: the milliseconds from that key to it. */
  const promptAfterKey = async () => {
    await page.waitForFunction(() => window.__promptAt !== undefined, undefined, { timeout: 120000, polling: 50 });
    return page.evaluate(() => window.__promptAt - window.__keyAt);
  };

  /** Types a line; returns the page's clock when Enter went in. */
  const type = async (line) => {
    await terminal.focus();
    await page.keyboard.type(line, { delay: 1 });
    await page.waitForFunction((tail) => (document.querySelector('[data-terminal] .xterm-rows')?.textContent ?? '').replace(/\u00a0/g, ' ').trimEnd().endsWith(tail), line.slice(-12).trimEnd());
    const at = await page.evaluate(() => performance.now());
    await page.keyboard.press('Enter');
    return at;
  };
  const longestSince = (at) => page.evaluate((t) => Math.max(0, ...window.__longTasks.filter((e) => e.start >= t).map((e) => e.duration)), at);

  let longest = 0;
  for (const c of HEAVY) {
    const at = await type(c.line);
    const ms = await promptAfterKey();
    const task = await longestSince(at);
    longest = Math.max(longest, task);
    console.log(`${c.name}: ${ms.toFixed(0)} ms to the prompt, longest main-thread task ${task.toFixed(0)} ms`);
    figures.push({ key: `longestTask${figures.length}Ms`, label: `  longest main-thread task during ${c.name}`, value: task, unit: 'ms', budget: 100 });
  }
  let slowestCtrlC = 0;
  for (const c of RUNAWAYS) {
    const at = await type(c.line);
    await page.waitForTimeout(c.after);
    const early = await page.evaluate(() => window.__promptAt !== undefined);
    await page.keyboard.press('Control+C');
    const ms = await promptAfterKey();
    const task = await longestSince(at);
    longest = Math.max(longest, task);
    slowestCtrlC = Math.max(slowestCtrlC, ms);
    console.log(`${c.name}: Ctrl-C to prompt ${ms.toFixed(0)} ms${early ? ' (it had ended before Ctrl-C)' : ''}, longest main-thread task ${task.toFixed(0)} ms`);
    figures.push({ key: `ctrlC${figures.length}Ms`, label: `  Ctrl-C to the next prompt in ${c.name}`, value: ms, unit: 'ms', budget: 200 });
  }
  await context.close();
  const keyed = figures.map((f, i) => ({ ...f, key: f.key.replace(/\d+Ms$/, '') + slug(i < HEAVY.length ? HEAVY[i].name : RUNAWAYS[i - HEAVY.length].name) + 'Ms' }));
  recordFigures('responsiveness', [
    { key: 'longestTaskMs', label: 'longest main-thread task while commands ran (lesson 01, Chromium)', value: longest, unit: 'ms', budget: 100 },
    { key: 'ctrlCMs', label: 'slowest Ctrl-C: key to the next prompt on screen', value: slowestCtrlC, unit: 'ms', budget: 200 },
    ...keyed,
  ]);
} finally {
  await browser.close();
  await server.close();
}

function slug(name) {
  return name.replace(/[^A-Za-z0-9]+(.)?/g, (_m, c) => (c ? c.toUpperCase() : '')).replace(/^./, (c) => c.toUpperCase());
}
