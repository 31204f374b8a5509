// The end of `npm run bench`: every figure beside its budget, then, as the last line, `BENCH ` and one
// JSON object of all figures by key. Figures over budget are marked; the exit status stays 0 unless
// --strict is given (one noisy run on a shared CI machine must not fail the build).
import { readFigures, withinBudget } from './figures.mjs';

/** Keys the BENCH line always has (null when a stage could not measure it, e.g. no browser). */
const REQUIRED = ['promptReadyMs', 'blankPageMs', 'promptReadyRatio', 'mainJsGzKB', 'workerJsGzKB', 'siteMB', 'build10ColdMs', 'build10CachedMs', 'build100ColdMs', 'imagesList100Ms', 'persistMs', 'workerHeapMB', 'longestTaskMs', 'ctrlCMs', 'seqMillionWcMs'];

const figures = readFigures();
const rows = [['figure', 'value', 'budget', '']];
for (const f of figures) {
  const value = `${round(f.value)} ${f.unit}`;
  const budget = f.budget === undefined ? '' : `${f.higherIsBetter ? '≥' : '≤'} ${round(f.budget)} ${f.unit}`;
  rows.push([`${f.label} (${f.key})`, value, budget, f.budget === undefined ? '' : withinBudget(f) ? 'ok' : 'OVER BUDGET']);
}
const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => r[c].length)));
console.log('== figures');
for (const row of rows) console.log(row.map((cell, c) => cell.padEnd(widths[c])).join('   ').trimEnd());
const over = figures.filter((f) => !withinBudget(f));
const missing = REQUIRED.filter((key) => !figures.some((f) => f.key === key));
if (over.length) console.log(`${over.length} figure${over.length === 1 ? '' : 's'} over budget: ${over.map((f) => f.key).join(', ')}`);
if (missing.length) console.log(`not measured in this run: ${missing.join(', ')}`);
const json = Object.fromEntries([...REQUIRED.map((key) => [key, null]), ...figures.map((f) => [f.key, round(f.value)])]);
console.log(`BENCH ${JSON.stringify(json)}`);
if (process.argv.includes('--strict') && (over.length || missing.length)) process.exitCode = 1;

function round(n) {
  return Math.round(n * 100) / 100;
}
