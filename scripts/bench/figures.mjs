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
