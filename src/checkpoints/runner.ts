// Evaluates a lesson's checkpoints against the session: each check of a checkpoint must pass.
// Most matchers read state synchronously; a few (a throwaway build) answer with a Promise, which the
// evaluator awaits; those cache their result by content, so an unchanged workspace answers at once.
import type { CheckpointSpec, CheckResult } from '../protocol/session.ts';
import type { CheckContext, Verdict } from './context.ts';
import { matchers } from './matchers/index.ts';

type Check = CheckpointSpec['checks'][number];

/** The verdict of one check; a matcher that is unknown, misconfigured or throws counts as not met, with the reason. */
export function runCheck(check: Check, ctx: CheckContext): Verdict | Promise<Verdict> {
  const matcher = matchers.get(check.matcher);
  if (!matcher) return { passed: false, why: `Unknown matcher "${check.matcher}" (a lesson bug).` };
  const params = matcher.params.safeParse(check.params ?? {});
  if (!params.success) return { passed: false, why: `This check is misconfigured (a lesson bug): ${params.error.issues[0]?.message}.` };
  const failed = (error: unknown): Verdict => ({ passed: false, why: `This check could not run: ${(error as Error).message}` });
  const own = (verdict: Verdict): Verdict => (verdict.passed || !check.why ? verdict : { passed: false, why: check.why });
  let verdict: Verdict | Promise<Verdict>;
  try {
    verdict = matcher.check(params.data, ctx);
  } catch (error) {
    return own(failed(error));
  }
  return verdict instanceof Promise ? verdict.then(own, (error: unknown) => own(failed(error))) : own(verdict);
}

/** The state of every checkpoint now, awaiting checks that run something: the first unmet check gives the "why not yet". */
export async function evaluateCheckpointsAsync(specs: readonly CheckpointSpec[], ctx: CheckContext): Promise<CheckResult[]> {
  const results: CheckResult[] = [];
  for (const spec of specs) {
    let why: string | undefined;
    for (const check of spec.checks) {
      const verdict = await runCheck(check, ctx);
      if (!verdict.passed) {
        why = verdict.why;
        break;
      }
    }
    results.push(why === undefined ? { id: spec.id, title: spec.title, passed: true } : { id: spec.id, title: spec.title, passed: false, why });
  }
  return results;
}
