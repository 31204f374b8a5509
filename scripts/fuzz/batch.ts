// Runs fuzz cases through fast-check: each failure is shrunk to a smaller case of the same kind (within a
// time budget), recorded, and the run goes on from the next seed, so one fault does not end the search.
import fc from 'fast-check';
import type { Finding, FuzzCase, Target } from './types.ts';

/** How one batch runs. */
export interface BatchOptions {
  seed: number;
  runs: number;
  arbitrary: fc.Arbitrary<FuzzCase>;
  target: Target;
  /** Called before each case runs (the worker reports it, so a hard hang can be traced to its case). */
  onCase?: (c: FuzzCase) => void;
  /** Milliseconds of shrinking allowed per finding. */
  shrinkMs?: number;
}

/** Mixes a batch seed and a restart count into a new 31-bit seed (deterministic). */
export function nextSeed(seed: number, k: number): number {
  let h = (seed ^ Math.imul(k + 1, 0x9e3779b1)) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b) >>> 0;
  return (h ^ (h >>> 13)) & 0x7fffffff;
}

/** Runs `runs` cases; returns the (shrunk) findings and how many cases ran, shrink attempts not counted. */
export async function runBatch(o: BatchOptions): Promise<{ findings: Finding[]; runs: number }> {
  const findings: Finding[] = [];
  let done = 0;
  for (let restart = 0; done < o.runs; restart++) {
    let first: Finding | undefined;
    let last: Finding | undefined;
    let shrinkStart = 0;
    const property = fc.asyncProperty(o.arbitrary, async (c) => {
      if (first && performance.now() - shrinkStart > (o.shrinkMs ?? 20_000)) return true;
      o.onCase?.(c);
      const f = await o.target(c);
      if (!f || (first && f.kind !== first.kind)) return true;
      if (!first) {
        first = f;
        shrinkStart = performance.now();
      }
      last = f;
      return false;
    });
    const details = await fc.check(property, { seed: nextSeed(o.seed, restart), numRuns: o.runs - done });
    done += details.failed ? details.numRuns : o.runs - done;
    if (details.failed && last) findings.push(await dropLines(last, o.target));
    else if (details.failed && details.errorInstance) findings.push({ kind: 'crash', detail: `fuzzer property threw: ${String(details.errorInstance)}`.slice(0, 200), case: { files: [], lines: [] } });
  }
  return { findings, runs: done };
}

/** fast-check shrinks within its arbitraries; this then drops every typed line the fault does not need. */
async function dropLines(f: Finding, target: Target): Promise<Finding> {
  let best = f;
  for (let i = best.case.lines.length - 1; i >= 0 && best.case.lines.length > 1; i--) {
    const lines = best.case.lines.filter((_, j) => j !== i);
    const again = await target({ ...best.case, lines });
    if (again?.kind === f.kind) best = again;
  }
  return best;
}
