// Locates ../shared/corpus (public upstream test data we read at test time and never commit).
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join, resolve } from 'node:path';

const root = resolve(fileURLToPath(new URL('../../', import.meta.url)));

/** Absolute path of the corpus folder, or null when this checkout has no ../shared/corpus beside it. */
export const corpusDir: string | null = (() => {
  const candidates = [process.env.WORKBOOK_CORPUS, join(root, '..', 'shared', 'corpus')].filter(Boolean) as string[];
  return candidates.find((dir) => existsSync(dir)) ?? null;
})();

if (!corpusDir) {
  console.warn('[corpus] ../shared/corpus is absent: corpus conformance tests are SKIPPED (not passed).');
}

/** Path of a file inside the corpus (only call when corpusDir is set). */
export function corpusPath(relative: string): string {
  if (!corpusDir) throw new Error('corpus is absent');
  return join(corpusDir, relative);
}

/** Reads and parses a JSON file of the corpus. */
export function readCorpusJson<T = unknown>(relative: string): T {
  return JSON.parse(readFileSync(corpusPath(relative), 'utf8')) as T;
}

/** Reads a text file of the corpus. */
export function readCorpusText(relative: string): string {
  return readFileSync(corpusPath(relative), 'utf8');
}

/** `describe` when the corpus is here, `describe.skip` (with the warning above) when it is not. */
export const hasCorpus = corpusDir !== null;
