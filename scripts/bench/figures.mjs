// The figures `npm run bench` reports: each stage measures some and records them here; report.mjs
// prints them beside their budgets and ends with the one-line `BENCH {…}` JSON.
//
// To add a figure: measure it in any bench stage (Node, .mjs or .ts via tsx) and call
//   recordFigures('my-stage', [{ key: 'myFigureMs', label: 'what it is', value: 1.2, unit: 'ms', budget: 5 }])
// then run that stage from scripts/bench/run.sh. Keys are camelCase with their unit last (Ms, KB, MB).
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Where the stages leave their figures for the report (cleared at the start of a run). */
export const FIGURES_DIR = process.env.BENCH_FIGURES_DIR ?? '.bench/figures';

/**
 * @typedef {{ key: string, label: string, value: number, unit: string, budget?: number, higherIsBetter?: boolean }} Figure
 * @typedef {{ wallMs: number, cpuMs: number }} Timing
 */

/** Records a stage's figures (replacing what the stage recorded before). @param {string} stage @param {Figure[]} figures */
export function recordFigures(stage, figures) {
  mkdirSync(FIGURES_DIR, { recursive: true });
  writeFileSync(join(FIGURES_DIR, `${stage}.json`), JSON.stringify(figures, null, 2));
}

/** Every recorded figure, stage by stage in name order. @returns {Figure[]} */
export function readFigures() {
  let files = [];
  try {
    files = readdirSync(FIGURES_DIR).filter((f) => f.endsWith('.json')).sort();
  } catch {
    return [];
  }
  return files.flatMap((f) => JSON.parse(readFileSync(join(FIGURES_DIR, f), 'utf8')));
}

/** Whether a figure is within its budget (true when it has none). @param {Figure} figure */
export function withinBudget(figure) {
  if (figure.budget === undefined) return true;
  return figure.higherIsBetter ? figure.value >= figure.budget : figure.value <= figure.budget;
}

/** The median of some samples. @param {number[]} samples */
export function median(samples) {
  const sorted = [...samples].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Milliseconds of CPU this thread has used (Node ≥ 23.9; before that, the whole process's). */
export function cpuMs() {
  const usage = process.threadCpuUsage?.() ?? process.cpuUsage();
  return (usage.user + usage.system) / 1000;
}

/**
 * Runs `fn` once: its wall-clock milliseconds (the budgeted figure) and the CPU milliseconds of this
 * thread meanwhile, which other processes on a shared machine do not inflate (what a quiet machine's
 * wall clock would show, give or take a garbage collection on another thread).
 * @param {() => Promise<unknown> | unknown} fn
 * @returns {Promise<Timing>}
 */
export async function timed(fn) {
  const cpu = cpuMs();
  const start = performance.now();
  await fn();
  return { wallMs: performance.now() - start, cpuMs: cpuMs() - cpu };
}

/**
 * Some timings in one: the median wall clock, and the mean CPU time (the kernel accounts a thread's CPU
 * in coarse steps, so one short run can read 0 and the next a whole step; the sum over all runs is exact
 * enough). @param {Timing[]} samples @returns {Timing}
 */
export function medianTiming(samples) {
  return { wallMs: median(samples.map((s) => s.wallMs)), cpuMs: samples.reduce((n, s) => n + s.cpuMs, 0) / samples.length };
}
