// Pull/push progress text, checked against moby's TestProgressString cases and go-units sizes.
import { describe, expect, it } from 'vitest';
import { hasCorpus, readCorpusJson } from '../support/corpus.ts';
import { renderProgress } from '../../src/format/progress-bar.ts';
import { humanSize } from '../../src/format/units.ts';
import { formatFloatG } from '../../src/format/go/float.ts';

const formatGoG = (x: number, precision: number) => formatFloatG(x, precision);
import type { JsonProgress } from '../../src/format/progress-bar.ts';

interface ProgressCase {
  name: string;
  progress: { current?: number; total?: number; startOffsetSeconds?: number; units?: string; hideCounts?: boolean };
  short: string;
  long: string;
}

const NOW_MS = 1_700_000_000_000;
const cases: ProgressCase[] = hasCorpus ? readCorpusJson<{ cases: ProgressCase[] }>('jsonmessage-progress-cases.json').cases : [];

function toProgress(c: ProgressCase): JsonProgress {
  const { startOffsetSeconds, ...rest } = c.progress;
  return startOffsetSeconds === undefined ? rest : { ...rest, start: NOW_MS / 1000 + startOffsetSeconds };
}

describe.skipIf(!hasCorpus)('jsonmessage-progress-cases.json', () => {
  it.each(cases.map((c) => [c.name, c] as const))('%s', (_, c) => {
    expect(renderProgress(toProgress(c), { width: 100, nowMs: NOW_MS })).toBe(c.short);
    expect(renderProgress(toProgress(c), { width: 200, nowMs: NOW_MS })).toBe(c.long);
  });
});

describe('renderProgress', () => {
  it('shows a real layer pull on a wide terminal', () => {
    const p = { current: 12_345_678, total: 45_600_000, start: NOW_MS / 1000 - 10 };
    expect(renderProgress(p, { width: 120, nowMs: NOW_MS })).toBe(
      '[=============>                                     ]  12.35MB/45.6MB 26s',
    );
    expect(renderProgress(p, { width: 111, nowMs: NOW_MS })).toMatch(/^\[/);
    expect(renderProgress(p, { width: 110, nowMs: NOW_MS })).toBe(' 12.35MB/45.6MB 26s');
    expect(renderProgress(p, { width: 50, nowMs: NOW_MS })).toBe(' 12.35MB/45.6MB');
  });

  it('writes minutes and hours like Go durations', () => {
    const p = { current: 1, total: 3_601, start: NOW_MS / 1000 - 1 };
    expect(renderProgress(p, { width: 100, nowMs: NOW_MS })).toBe('      1B/3.601kB 1h0m0s');
    const q = { current: 1, total: 66, start: NOW_MS / 1000 - 1 };
    expect(renderProgress(q, { width: 100, nowMs: NOW_MS })).toBe('      1B/66B 1m5s');
  });
});

describe('humanSize (go-units HumanSize, %.4g)', () => {
  it.each([
    [0, '0B'],
    [999, '999B'],
    [1000, '1kB'],
    [1024, '1.024kB'],
    [10625, '10.62kB'], // an exact tie rounds to even, as Go does
    [10635, '10.63kB'],
    [999_949, '999.9kB'],
    [999_950, '1000kB'], // 999.95 is stored a hair above the tie
    [45_600_000, '45.6MB'],
    [1e30, '1e+06YB'],
  ])('%d → %s', (size, text) => {
    expect(humanSize(size)).toBe(text);
  });

  it('formats %.4g like Go', () => {
    expect(formatGoG(0.00001234, 4)).toBe('1.234e-05');
    expect(formatGoG(0.0001234, 4)).toBe('0.0001234');
    expect(formatGoG(123456, 4)).toBe('1.235e+05');
    expect(formatGoG(12.3, 4)).toBe('12.3');
    expect(formatGoG(999.5, 3)).toBe('1e+03'); // the `docker images` quirk noted in go-units-cases.json
  });
});

describe.skipIf(!hasCorpus)('humanSize over go-units-cases.json', () => {
  const sizes = hasCorpus ? readCorpusJson<{ humanSize: { bytes: number; expected: string }[] }>('go-units-cases.json').humanSize : [];
  it.each(sizes.map((c) => [c.bytes, c.expected] as const))('%d → %s', (bytes, expected) => {
    expect(humanSize(bytes)).toBe(expected);
  });
});
