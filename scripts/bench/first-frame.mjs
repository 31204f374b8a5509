// Where the lesson page's first frame goes, in CPU rather than wall clock (which on a shared machine
// says more about the machine): traced cold visits of the lesson, a one-line page and any variants of
// the lesson's HTML, in a shuffled order each round; for each page the medians, from navigation to the
// prompt's paint (Element Timing; a page without the early prompt: its first contentful paint), of
// the renderer main thread's CPU by phase, the raster/worker threads' CPU, the synchronous font calls
// to the browser process (each a wait for another process: under load they are most of layout's wall
// clock) and the layouts run. docs/PERFORMANCE.md, "The first prompt", has the figures.
//
// Usage: node scripts/bench/first-frame.mjs [--dist .bench/dist] [--base /docker-lessons/] [--runs 9]
//          [--lesson 01-what-is-an-image] [--variant name=file.html …]
// A variant is served at <base>lessons/__<name>/, so relative links resolve as the lesson's do.
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { serveStatic } from '../../tests/e2e/support/static-server.mjs';
import { launchChromium } from '../../tests/e2e/support/browser.mjs';

const { values } = parseArgs({
  options: {
    dist: { type: 'string', default: '.bench/dist' },
    base: { type: 'string', default: '/docker-lessons/' },
    runs: { type: 'string', default: '9' },
    lesson: { type: 'string', default: '01-what-is-an-image' },
    variant: { type: 'string', multiple: true, default: [] },
  },
});
const base = `/${values.base.replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');
const routes = { [`${base}__first-frame-line/`]: '<!doctype html><html lang="en"><title>line</title><p>learner@workbook:~$</p></html>' };
const pages = { 'one-line page': `${base}__first-frame-line/`, lesson: `${base}lessons/${values.lesson}/` };
for (const spec of values.variant) {
  const [name, file] = spec.split('=');
  routes[`${base}lessons/__${name}/`] = readFileSync(file, 'utf8');
  pages[name] = `${base}lessons/__${name}/`;
}

// Main-thread trace events counted by phase (their thread CPU time).
const PHASES = { 'DocumentLoader::CommitNavigation': 'commitNav', ParseHTML: 'parse', 'CSSParserImpl::parseStyleSheet': 'css', EvaluateScript: 'script', UpdateLayoutTree: 'style', Layout: 'layout', PrePaint: 'prepaint', Paint: 'paint' };
const CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'toplevel', 'mojom', 'loading', 'blink', 'blink.user_timing'];

/** When the prompt (or, on a page without it, anything) was first painted, in ms from navigation. */
function readyTime() {
  if (window.__workbookReady) return window.__workbookReady;
  return new Promise((resolve) => new PerformanceObserver((list) => {
    const paint = list.getEntries().find((e) => e.name === 'first-contentful-paint');
    if (paint) resolve(paint.startTime);
  }).observe({ type: 'paint', buffered: true }));
}

/** One traced cold visit: its figures up to the ready time. */
async function visit(browser, url) {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  await browser.startTracing(page, { categories: CATEGORIES });
  await page.goto(url, { waitUntil: 'load' });
  const ready = await page.evaluate(readyTime);
  const events = JSON.parse(await browser.stopTracing()).traceEvents;
  await context.close();
  const nav = events.find((e) => e.name === 'navigationStart' && e.args?.data?.isLoadingMainFrame && e.args.data.documentLoaderURL?.startsWith('http'));
  const from = nav.ts;
  const to = nav.ts + ready * 1000;
  const thread = Object.fromEntries(events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.pid === nav.pid).map((e) => [e.tid, e.args.name]));
  const figures = { readyMs: ready, mainCpuMs: 0, otherThreadsCpuMs: 0, fontCalls: 0, layouts: 0 };
  for (const phase of Object.values(PHASES)) figures[phase] = 0;
  for (const e of events) {
    if (e.pid !== nav.pid || e.ts < from || e.ts > to) continue;
    const name = thread[e.tid] ?? '';
    const cpu = (e.tdur ?? 0) / 1000;
    if (e.name === 'Receive mojo reply' && /font/i.test(e.args?.chrome_mojo_event_info?.mojo_interface_tag ?? '')) figures.fontCalls++;
    if (e.ph !== 'X') continue;
    if (name === 'CrRendererMain') {
      if (e.name === 'ThreadControllerImpl::RunTask') figures.mainCpuMs += cpu;
      if (PHASES[e.name]) figures[PHASES[e.name]] += cpu;
      if (e.name === 'Layout') figures.layouts++;
    } else if (/ThreadPool|Compositor/.test(name) && (e.name === 'ThreadControllerImpl::RunTask' || e.name === 'ThreadPool_RunTask')) {
      figures.otherThreadsCpuMs += cpu;
    }
  }
  return figures;
}

const median = (numbers) => {
  const sorted = [...numbers].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

const server = await serveStatic(values.dist, base, routes);
const browser = await launchChromium();
try {
  await visit(browser, server.origin + pages.lesson); // warm up the browser process
  const loadBefore = loadavg()[0];
  const samples = Object.fromEntries(Object.keys(pages).map((name) => [name, []]));
  for (let i = 0; i < Number(values.runs); i++) {
    const order = Object.keys(pages).sort(() => Math.random() - 0.5);
    for (const name of order) samples[name].push(await visit(browser, server.origin + pages[name]));
  }
  console.log(`medians of ${values.runs} traced visits per page, in ms (CPU unless named); load average ${loadBefore.toFixed(1)} → ${loadavg()[0].toFixed(1)}`);
  const keys = Object.keys(samples.lesson[0]);
  const width = Math.max(...Object.keys(pages).map((n) => n.length));
  console.log(''.padEnd(width), keys.map((k) => k.padStart(Math.max(7, k.length))).join(' '));
  for (const [name, list] of Object.entries(samples)) {
    console.log(name.padEnd(width), keys.map((k) => median(list.map((s) => s[k])).toFixed(k === 'fontCalls' || k === 'layouts' ? 0 : 1).padStart(Math.max(7, k.length))).join(' '));
  }
} finally {
  await browser.close();
  await server.close();
}
