// Seed material the fuzzer mutates: Dockerfiles from BuildKit's parser corpus (read from ../shared/corpus
// at run time, never copied in) and the lessons' solutions and shipped Dockerfiles.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** What the grammar draws on; every list may be empty when its source is absent. */
export interface Sources {
  dockerfiles: string[];
  solutionLines: string[];
  /** Sources that were not found, for the report. */
  missing: string[];
}

function walk(dir: string, keep: (name: string) => boolean, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) walk(p, keep, out);
    else if (keep(name)) out.push(p);
  }
  return out;
}

/** Reads the corpus beside the repository (`root/../shared/corpus`, or $WORKBOOK_CORPUS as the tests allow) and the repository's lessons. */
export function loadSources(root: string): Sources {
  const missing: string[] = [];
  const dockerfiles: string[] = [];
  const corpus = join(process.env.WORKBOOK_CORPUS ?? join(root, '..', 'shared', 'corpus'), 'buildkit', 'frontend', 'dockerfile', 'parser');
  if (existsSync(corpus)) for (const f of walk(corpus, (n) => n === 'Dockerfile')) dockerfiles.push(readFileSync(f, 'utf8'));
  else missing.push(`${corpus} (BuildKit parser testfiles)`);
  const solutionLines: string[] = [];
  const lessons = join(root, 'lessons');
  if (existsSync(lessons)) {
    for (const f of walk(lessons, (n) => n === 'solution.sh')) {
      solutionLines.push(...readFileSync(f, 'utf8').split('\n').filter((l) => l.trim() && !l.startsWith('#')));
    }
    for (const f of walk(lessons, (n) => /^Dockerfile/.test(n))) dockerfiles.push(readFileSync(f, 'utf8'));
  } else missing.push(`${lessons} (lesson solutions)`);
  return { dockerfiles, solutionLines, missing };
}
