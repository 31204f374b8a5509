import { describe, expect, it } from 'vitest';
import { formatLintWarning, LINT_RULES, lintDockerfile } from '../../../src/engine/builder/lint/index.ts';
import { hasCorpus, readCorpusJson } from '../../support/corpus.ts';

const corpusDescribe = hasCorpus ? describe : describe.skip;

interface LintCase {
  test: string;
  index: number;
  dockerfile: string;
  warnings: { rule: string; line: number; detail: string }[];
  frontendAttrs?: Record<string, string>;
  dockerignore?: string;
  buildErr?: string;
}

const implemented = new Set(LINT_RULES.map((r) => r.name));
const key = (w: { rule: string; line: number; detail: string }) => `${w.rule}|${w.line}|${w.detail}`;

function agrees(c: LintCase): boolean {
  let got: string[];
  try {
    got = lintDockerfile(c.dockerfile).map(key);
  } catch {
    return false;
  }
  const want = c.warnings.filter((w) => implemented.has(w.rule)).map(key);
  return JSON.stringify([...got].sort()) === JSON.stringify([...want].sort());
}

corpusDescribe('buildkit-lint-cases.json (rules that need no image metadata)', () => {
  const cases = hasCorpus ? readCorpusJson<{ cases: LintCase[] }>('buildkit-lint-cases.json').cases : [];
  // Cases that depend on build args, .dockerignore or the experimental/error options are left to a later pass.
  const eligible = cases.filter((c) => !c.frontendAttrs && !c.dockerignore && !c.buildErr && !c.dockerfile.includes('experimental='));
  const passing = eligible.filter(agrees);
  it('agrees with BuildKit on the implemented rules for most eligible cases', () => {
    console.log(`[lint] ${passing.length}/${eligible.length} eligible cases agree (of ${cases.length} total)`);
    expect(passing.length).toBeGreaterThanOrEqual(PASS_FLOOR);
  });
  const named = ['testStageName', 'testDuplicateStageName', 'testReservedStageName', 'testExposeProtoCasing'];
  it.each(eligible.filter((c) => named.includes(c.test)).map((c) => [c.test, c.index, c] as const))('%s #%i', (_t, _i, c) => {
    expect(agrees(c)).toBe(true);
  });
});

// Measured when this test was written; raise it as rules are completed.
const PASS_FLOOR = 55;

describe('lint formatting', () => {
  it('prints the short form', () => {
    const [w] = lintDockerfile('FROM alpine\nMAINTAINER me\n');
    expect(formatLintWarning(w)).toBe('MaintainerDeprecated: Maintainer instruction is deprecated in favor of using label (line 2)');
  });
  it('honours # check=skip', () => {
    expect(lintDockerfile('# check=skip=MaintainerDeprecated\nFROM alpine\nMAINTAINER me\n')).toEqual([]);
  });
});
