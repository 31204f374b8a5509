// npm run bench — lesson 01 in Chromium against a blank page from the same server: gzip bytes of the
// JavaScript (and of everything) loaded, and the time from navigation to a ready prompt: on screen (the
// presentation of the frame that first painted TerminalPanel's early prompt, by Element Timing) and
// taking keys, which the terminal replays once xterm is up (tests/e2e/first-prompt.test.ts); when
// xterm takes over is reported beside it.
// A third page, one line of text, is visited in turn with the two: its first contentful paint is what
// painting anything at all costs in the same run (a blank page's load event paints nothing), so
// promptReadyVsLineRatio says how much the lesson adds to any painted page (docs/PERFORMANCE.md).
//
// Usage: node scripts/bench/bench.mjs [--runs 5] [--dist dist] [--base /] [--lesson 01-what-is-an-image]
// Build first (npm run build); --base must match the WORKBOOK_BASE the site was built with.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { recordFigures } from './figures.mjs';
import { gzipSync } from 'node:zlib';
import { parseArgs } from 'node:util';
import { serveStatic } from '../../tests/e2e/support/static-server.mjs';
import { launchChromium } from '../../tests/e2e/support/browser.mjs';

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '5' },
    dist: { type: 'string', default: 'dist' },
    base: { type: 'string', default: process.env.WORKBOOK_BASE ?? '/' },
    lesson: { type: 'string', default: '01-what-is-an-image' },
  },
});
const runs = Math.max(1, Number(values.runs));
const base = `/${values.base.replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');
if (!existsSync(`${values.dist}/index.html`)) {
  console.error(`bench: ${values.dist}/index.html is missing; build the site first (npm run build).`);
  process.exit(1);
}

const workerFiles = workerChunks(values.dist).all;

/** The worker's chunks in the build: its entry with what it imports statically (the first chunk), and every lazy chunk. */
function workerChunks(dist) {
  const dir = join(dist, '_astro');
  const names = readdirSync(dir).filter((f) => f.endsWith('.js'));
  const entry = names.find((f) => /session\.worker/.test(f));
  const first = new Set();
  const all = new Set();
  const visit = (name, lazy) => {
    if (all.has(name) && (lazy || first.has(name))) return;
    all.add(name);
    if (!lazy) first.add(name);
    const text = readFileSync(join(dir, name), 'utf8');
    for (const m of text.matchAll(/(import\(\s*|from\s*|import\s*)["'`]\.\/([^"'`]+\.js)["'`]/g)) visit(m[2], lazy || m[1].startsWith('import('));
  };
  if (entry) visit(entry, false);
  return { first, all, dir };
}

/** Bytes of the offline site (without language runtimes) and gzip sizes of the worker's chunks. */
function siteFigures(dist) {
  const { first, all, dir } = workerChunks(dist);
  const gz = (names) => [...names].reduce((n, name) => n + gzipSync(readFileSync(join(dir, name)), { level: 9 }).length, 0);
  let bytes = 0;
  const walk = (at) => {
    for (const name of readdirSync(at)) {
      const full = join(at, name);
      if (statSync(full).isDirectory()) walk(full);
      // The language runtimes: MicroPython, and QuickJS, whose wasm and loader its package names emscripten-module.
      else if (!/micropython|quickjs|emscripten-module|runtimes?\//i.test(full)) bytes += statSync(full).size;
    }
  };
  walk(dist);
  return { bytes, workerFirstGz: gz(first), workerAllGz: gz(all) };
}

const BLANK = `${base}__bench-blank/`;
const LINE = `${base}__bench-line/`;
const server = await serveStatic(values.dist, base, {
  [BLANK]: '<!doctype html><html lang="en"><title>blank</title></html>',
  [LINE]: '<!doctype html><html lang="en"><title>line</title><p>learner@workbook:~$</p></html>',
});
const browser = await launchChromium();

/** The first contentful paint's time, once there is one (it may come after the load event). */
const firstPaint = () => new Promise((resolve) => {
  new PerformanceObserver((list, observer) => {
    const paint = list.getEntries().find((e) => e.name === 'first-contentful-paint');
    if (paint) {
      observer.disconnect();
      resolve(paint.startTime);
    }
  }).observe({ type: 'paint', buffered: true });
});

/**
 * One cold visit (fresh profile, no cache, no service worker): bytes by kind and milliseconds to ready,
 * which is the load event (`until: 'load'`), the first contentful paint ('paint') or the prompt ('prompt').
 */
async function visit(url, until) {
  const waitReady = until === 'prompt';
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const responses = [];
  context.on('response', (response) => responses.push(response));
  const page = await context.newPage();
  await page.goto(url, { waitUntil: 'load' });
  // A prompt never painted (out of view at the bench's 1280×720) would leave __workbookReady pending: fail the stage instead.
  const readyMs = waitReady
    ? await page.evaluate(() => Promise.race([window.__workbookReady, new Promise((_, reject) => setTimeout(() => reject(new Error('the early prompt was not painted within 30 s')), 30000))]))
    : until === 'paint'
      ? await page.evaluate(firstPaint)
      : await page.evaluate(() => performance.getEntriesByType('navigation')[0].loadEventEnd);
  // The bytes are those of a visit nobody touches: everything the page fetches on its own once the
  // session has started (panels that load when near the screen included), until the network is quiet.
  let terminalMs = 0;
  if (waitReady) {
    await page.waitForSelector('[data-workbench][data-ready="true"]', { state: 'attached', timeout: 30000 });
    await page.waitForLoadState('networkidle');
    terminalMs = await page.evaluate(() => performance.getEntriesByName('workbook:terminal')[0]?.startTime ?? 0);
  }
  let jsGzip = 0;
  let allGzip = 0;
  let workerGzip = 0;
  const foreign = [];
  for (const response of responses) {
    if (!response.url().startsWith(server.origin)) foreign.push(response.url());
    const body = await response.body().catch(() => Buffer.alloc(0));
    const gz = gzipSync(body, { level: 9 }).length;
    allGzip += gz;
    if (/javascript/.test(response.headers()['content-type'] ?? '')) jsGzip += gz;
    if (workerFiles.has(response.url().slice(response.url().lastIndexOf('/') + 1))) workerGzip += gz;
  }
  await context.close();
  return { jsGzip, allGzip, workerGzip, readyMs, terminalMs, requests: responses.length, foreign };
}

function median(numbers) {
  const sorted = [...numbers].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** The figures of one page's visits: bytes from the first, the median of the times. */
function summary(samples) {
  return {
    jsGzip: samples[0].jsGzip,
    workerGzip: samples[0].workerGzip,
    allGzip: samples[0].allGzip,
    requests: samples[0].requests,
    readyMs: median(samples.map((s) => s.readyMs)),
    terminalMs: median(samples.map((s) => s.terminalMs)),
    foreign: samples.flatMap((s) => s.foreign),
  };
}

/** Visits the blank page, the one-line page and the lesson in turn, `runs` times each: on a shared machine all see the same load. */
async function measureInTurn(blankUrl, lineUrl, lessonUrl) {
  const blank = [];
  const line = [];
  const lesson = [];
  for (let i = 0; i < runs; i++) {
    blank.push(await visit(blankUrl, 'load'));
    line.push(await visit(lineUrl, 'paint'));
    lesson.push(await visit(lessonUrl, 'prompt'));
  }
  return { blank: summary(blank), line: summary(line), lesson: summary(lesson) };
}

try {
  // BLANK is a path from the origin (it starts with the base): server.url + BLANK would double the
  // base, miss the route and measure the site's 404 page instead (as the bench did until 2026-12-06).
  const blankUrl = server.origin + BLANK;
  await visit(blankUrl, 'load'); // warm up the browser process
  const { blank, line, lesson } = await measureInTurn(blankUrl, server.origin + LINE, `${server.url}lessons/${values.lesson}/`);
  for (const [name, page] of [['blank', blank], ['one-line', line]]) {
    if (page.requests !== 1 || page.jsGzip !== 0) throw new Error(`bench: the ${name} page made ${page.requests} requests and loaded ${page.jsGzip} B of JS; it must be one document`);
  }
  const kb = (n) => (n < 1024 ? `${n} B` : `${(n / 1024).toFixed(1)} KB`);
  const ratio = (a, b) => (b > 0 ? `${(a / b).toFixed(1)}×` : 'n/a (blank page has none)');
  const rows = [
    ['', 'JS (gzip)', 'all (gzip)', 'requests', `ready, median of ${runs}`],
    ['blank page', kb(blank.jsGzip), kb(blank.allGzip), String(blank.requests), `${blank.readyMs.toFixed(0)} ms (load event)`],
    ['one-line page', kb(line.jsGzip), kb(line.allGzip), String(line.requests), `${line.readyMs.toFixed(0)} ms (first contentful paint)`],
    [`lesson ${values.lesson}`, kb(lesson.jsGzip), kb(lesson.allGzip), String(lesson.requests), `${lesson.readyMs.toFixed(0)} ms (prompt ready)`],
    ['ratio', ratio(lesson.jsGzip, blank.jsGzip), ratio(lesson.allGzip, blank.allGzip), ratio(lesson.requests, blank.requests), ratio(lesson.readyMs, blank.readyMs)],
  ];
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => r[c].length)));
  for (const row of rows) console.log(row.map((cell, c) => cell.padEnd(widths[c])).join('   ').trimEnd());
  const site = siteFigures(values.dist);
  recordFigures('page', [
    { key: 'promptReadyMs', label: `lesson page: prompt painted and taking keys (early prompt), median of ${runs}`, value: lesson.readyMs, unit: 'ms' },
    { key: 'terminalReadyMs', label: `lesson page: xterm takes over from the early prompt, median of ${runs}`, value: lesson.terminalMs, unit: 'ms' },
    { key: 'blankPageMs', label: `blank page: load event, median of ${runs}`, value: blank.readyMs, unit: 'ms' },
    { key: 'promptReadyRatio', label: 'prompt ready ÷ blank page', value: blank.readyMs > 0 ? lesson.readyMs / blank.readyMs : 0, unit: '×', budget: 1.5 },
    { key: 'linePageMs', label: `one-line page: first contentful paint, median of ${runs}`, value: line.readyMs, unit: 'ms' },
    { key: 'promptReadyVsLineRatio', label: "prompt ready ÷ the one-line page's paint", value: line.readyMs > 0 ? lesson.readyMs / line.readyMs : 0, unit: '×' },
    { key: 'mainJsGzKB', label: 'main-thread JS on the lesson page before interaction (gzip)', value: (lesson.jsGzip - lesson.workerGzip) / 1024, unit: 'KB', budget: 120 },
    { key: 'workerJsGzKB', label: "the worker's first chunk (gzip)", value: site.workerFirstGz / 1024, unit: 'KB', budget: 150 },
    { key: 'workerAllJsGzKB', label: 'the worker with every lazy chunk (gzip)', value: site.workerAllGz / 1024, unit: 'KB' },
    { key: 'siteMB', label: 'the whole offline site, without language runtimes', value: site.bytes / 1e6, unit: 'MB', budget: 5 },
  ]);
  const foreign = [...blank.foreign, ...line.foreign, ...lesson.foreign];
  if (foreign.length > 0) {
    console.error(`requests outside the origin: ${[...new Set(foreign)].join(', ')}`);
    process.exitCode = 1;
  }
} finally {
  await browser.close();
  await server.close();
}
