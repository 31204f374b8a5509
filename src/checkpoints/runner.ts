// Evaluates a lesson's checkpoints against the session: each check of a checkpoint must pass.
import type { CheckpointSpec, CheckResult } from '../protocol/session.ts';
import type { CheckContext, Verdict } from './context.ts';
import { matchers } from './matchers/index.ts';

/** The verdict of one check; a matcher that is unknown, misconfigured or throws counts as not met, with the reason. */
export function runCheck(check: CheckpointSpec['checks'][number], ctx: CheckContext): Verdict {
  const matcher = matchers.get(check.matcher);
  if (!matcher) return { passed: false, why: `Unknown matcher "${check.matcher}" (a lesson bug).` };
  const params = matcher.params.safeParse(check.params ?? {});
  if (!params.success) return { passed: false, why: `This check is misconfigured (a lesson bug): ${params.error.issues[0]?.message}.` };
  let verdict: Verdict;
  try {
    verdict = matcher.check(params.data, ctx);
  } catch (error) {
    verdict = { passed: false, why: `This check could not run: ${(error as Error).message}` };
  }
  return verdict.passed || !check.why ? verdict : { passed: false, why: check.why };
}

/** The state of every checkpoint now: the first check that is not met gives the "why not yet". */
export function evaluateCheckpoints(specs: readonly CheckpointSpec[], ctx: CheckContext): CheckResult[] {
  return specs.map((spec) => {
    for (const check of spec.checks) {
      const verdict = runCheck(check, ctx);
      if (!verdict.passed) return { id: spec.id, title: spec.title, passed: false, why: verdict.why };
    }
    return { id: spec.id, title: spec.title, passed: true };
  });
}
