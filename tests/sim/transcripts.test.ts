// Whole sessions typed into the headless simulator: each tests/golden/sim/<case>.sh is a script and
// <case>.out exactly what the terminal shows (the `npm run sim` contract).
import { readdirSync, readFileSync } from 'node:fs';
import { describe, it } from 'vitest';
import { transcript } from '../../src/sim/run-script.ts';
import { expectGolden } from '../support/golden.ts';

const dir = new URL('../golden/sim/', import.meta.url).pathname;
const cases = readdirSync(dir).filter((f) => f.endsWith('.sh')).sort();

describe('sim transcripts', () => {
  for (const file of cases) {
    it(file.replace(/\.sh$/, ''), async () => {
      const script = readFileSync(dir + file, 'utf8');
      expectGolden(dir + file.replace(/\.sh$/, '.out'), await transcript(script));
    });
  }
});
