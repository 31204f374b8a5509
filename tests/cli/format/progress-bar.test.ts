// The progress part of pull/push lines, against moby's TestProgressString cases.
import { describe, expect, it } from 'vitest';
import { renderProgress } from '../../../src/cli/format/progress-bar.ts';
import { hasCorpus, readCorpusJson } from '../../support/corpus.ts';

interface Case {
  name: string;
  progress: { current?: number; total?: number; startOffsetSeconds?: number; units?: string; hideCounts?: boolean };
  short: string;
  long: string;
}

describe.runIf(hasCorpus)('jsonmessage progress (corpus)', () => {
  const cases = hasCorpus ? readCorpusJson<{ cases: Case[] }>('jsonmessage-progress-cases.json').cases : [];
  const now = 1_700_000_000;
  for (const c of cases) {
    const detail = { ...c.progress, start: c.progress.startOffsetSeconds !== undefined ? now + c.progress.startOffsetSeconds : undefined };
    it(`${c.name} at width 100`, () => expect(renderProgress(detail, 100, now)).toBe(c.short));
    it(`${c.name} at width 200`, () => expect(renderProgress(detail, 200, now)).toBe(c.long));
  }
});
