// The fuzzer's search: a planted fault is found, shrunk to its essence, and the search goes on past it.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { nextSeed, runBatch } from '../../scripts/fuzz/batch.ts';
import type { FuzzCase, Target } from '../../scripts/fuzz/types.ts';

const lines = fc.array(fc.constantFrom('echo a', 'ls', 'boom', 'pwd', 'slow'), { minLength: 1, maxLength: 6 }).map((ls): FuzzCase => ({ files: [], lines: ls }));

/** Crashes on any case that types `boom`, hangs on `slow`. */
const planted: Target = async (c) => {
  if (c.lines.includes('boom')) return { kind: 'crash', detail: 'internal error: boom', case: c };
  if (c.lines.includes('slow')) return { kind: 'hang', detail: 'slow', case: c };
  return undefined;
};

describe('runBatch', () => {
  it('finds planted faults, shrinks each to the single line that shows it, and counts every run', async () => {
    const { findings, runs } = await runBatch({ seed: 42, runs: 200, arbitrary: lines, target: planted });
    expect(runs).toBe(200);
    expect(findings.length).toBeGreaterThan(1);
    for (const f of findings) expect(f.case.lines).toEqual([f.kind === 'crash' ? 'boom' : 'slow']);
  });

  it('reports nothing for a target that always behaves, and is reproducible from its seed', async () => {
    const seen: string[][] = [];
    const quiet: Target = async (c) => void seen.push(c.lines);
    expect((await runBatch({ seed: 7, runs: 50, arbitrary: lines, target: quiet })).findings).toEqual([]);
    const again: string[][] = [];
    await runBatch({ seed: 7, runs: 50, arbitrary: lines, target: async (c) => void again.push(c.lines) });
    expect(again).toEqual(seen);
  });

  it('derives distinct seeds per restart', () => {
    expect(new Set([0, 1, 2, 3].map((k) => nextSeed(1, k))).size).toBe(4);
  });
});
