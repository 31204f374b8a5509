// The structure check `npm run lint` runs: the Arrows of docs/ARCHITECTURE.md (through
// dependency-cruiser and .dependency-cruiser.cjs), import cycles between the entries of every folder,
// files over 400 lines and inline `new EngineError(`. Each rule's count may not exceed its ceiling in
// scripts/architecture/ceilings.json: a move lowers a ceiling, a new wrong-way import fails.
//   tsx scripts/check-architecture.ts            check (exit 1 when a count is over its ceiling)
//   tsx scripts/check-architecture.ts --lower    also write the counts that fell as the new ceilings
//   tsx scripts/check-architecture.ts --verbose  print every rule's count
import { readFileSync, writeFileSync, readdirSync } from 'node:fs';
import { join, posix } from 'node:path';
import { cruise, type ICruiseResult } from 'dependency-cruiser';
import extractDepcruiseOptions from 'dependency-cruiser/config-utl/extract-depcruise-options';
import { entryCycles } from './architecture/entry-cycles.ts';
import { astroImportViolations } from './architecture/astro-imports.ts';

const CEILINGS = 'scripts/architecture/ceilings.json';
const MAX_LINES = 400;

/** Every file under `dir` (posix paths relative to the project root). */
function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const path = posix.join(dir, d.name);
    return d.isDirectory() ? walk(path) : [path];
  });
}

const violations = new Map<string, string[]>();
const add = (rule: string, text: string) => violations.set(rule, [...(violations.get(rule) ?? []), text]);

const options = await extractDepcruiseOptions('./.dependency-cruiser.cjs');
const { output } = await cruise(['src'], options);
const result = output as ICruiseResult;
for (const v of result.summary.violations) {
  const cycle = v.cycle?.map((c) => c.name).join(' → ');
  add(v.rule.name, cycle ? `${v.from} → ${cycle}` : `${v.from} → ${v.to}`);
}
const edges = result.modules.flatMap((m) =>
  m.dependencies.filter((d) => d.resolved.startsWith('src/')).map((d) => [m.source, d.resolved] as const),
);
for (const cycle of entryCycles(edges)) add('no-entry-cycle', cycle);

const files = walk('src');
const arrows = JSON.parse(readFileSync('scripts/architecture/arrows.json', 'utf8')) as Record<string, string[]>;
for (const v of astroImportViolations(files, arrows, (f) => readFileSync(f, 'utf8'))) add(v.rule, v.text);

for (const file of files) {
  if (!/\.(ts|astro)$/.test(file) || file.startsWith('src/cli/specs/')) continue;
  const text = readFileSync(file, 'utf8');
  const lines = text.split('\n').length - (text.endsWith('\n') ? 1 : 0);
  if (lines > MAX_LINES) add('file-over-400-lines', `${file} (${lines} lines)`);
  if (!file.startsWith('src/engine/errors/')) {
    const inline = text.split('new EngineError(').length - 1;
    for (let i = 0; i < inline; i++) add('inline-engine-error', file);
  }
}

const ceilings = JSON.parse(readFileSync(CEILINGS, 'utf8')) as Record<string, number>;
const rules = [...new Set([...Object.keys(ceilings), ...violations.keys()])].sort();
let failed = false;
const lowered: Record<string, number> = { ...ceilings };
for (const rule of rules) {
  const found = violations.get(rule) ?? [];
  const ceiling = ceilings[rule] ?? 0;
  if (process.argv.includes('--verbose')) console.log(`  ${rule}: ${found.length} (ceiling ${ceiling})`);
  if (found.length > ceiling) {
    failed = true;
    console.error(`✗ ${rule}: ${found.length} (ceiling ${ceiling})`);
    for (const text of found) console.error(`    ${text}`);
  } else if (found.length < ceiling) {
    console.log(`  ${rule}: ${found.length}, below its ceiling ${ceiling}: lower it (--lower)`);
    lowered[rule] = found.length;
  }
}
if (process.argv.includes('--lower')) writeFileSync(CEILINGS, JSON.stringify(lowered, null, 2) + '\n');
if (failed) {
  console.error(`\nArchitecture check failed: see the Arrows in docs/ARCHITECTURE.md (rules in ${join('.dependency-cruiser.cjs')}).`);
  process.exit(1);
}
