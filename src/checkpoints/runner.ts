// Evaluates a lesson's checkpoints against the session: each check of a checkpoint must pass.
import type { CheckpointSpec, CheckResult } from '../protocol/session.ts';
import type { CheckContext } from './context.ts';
import { matchers } from './matchers/index.ts';

/** The state of every checkpoint now; a matcher that throws counts as not met, with the reason. */
export function evaluateCheckpoints(specs: readonly CheckpointSpec[], ctx: CheckContext): CheckResult[] {
  return specs.map((spec) => {
    for (const check of spec.checks) {
      const matcher = matchers.get(check.matcher);
      if (!matcher) return { id: spec.id, title: spec.title, passed: false, why: `Unknown matcher "${check.matcher}" (a lesson bug).` };
      let verdict;
      try {
        verdict = matcher.check(check.params as never, ctx);
      } catch (error) {
        verdict = { passed: false as const, why: `This check could not run: ${(error as Error).message}` };
      }
      if (!verdict.passed) return { id: spec.id, title: spec.title, passed: false, why: verdict.why };
    }
    return { id: spec.id, title: spec.title, passed: true };
  });
}
