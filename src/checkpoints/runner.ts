// Evaluates a lesson's checkpoints against the session: each check of a checkpoint must pass.
// Most matchers read state synchronously; a few (a throwaway build) answer with a Promise. The async
// evaluator awaits them; the sync one reports them as still being checked, and their result is cached
// by content so the next evaluation answers at once.
import type { CheckpointSpec, CheckResult } from '../protocol/session.ts';
import type { CheckContext, Verdict } from './context.ts';
import { matchers } from './matchers/index.ts';

type Check = CheckpointSpec['checks'][number];

/** The verdict of a check that is still running (seen only through the synchronous evaluator). */
export const STILL_CHECKING = 'Checking… (trying your build in the background; the result shows after your next command).';

// Checks started by the synchronous evaluator that have not settled yet.
const inFlight = new Set<Promise<unknown>>();

/** Resolves once every check the synchronous evaluator left running has settled (tests, graders). */
export async function settleChecks(): Promise<void> {
  while (inFlight.size > 0) await Promise.allSettled([...inFlight]);
}

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

/** The state of every checkpoint now, without waiting: a check still running is not met yet ({@link STILL_CHECKING}). */
export function evaluateCheckpoints(specs: readonly CheckpointSpec[], ctx: CheckContext): CheckResult[] {
  return specs.map((spec) => {
    for (const check of spec.checks) {
      const verdict = runCheck(check, ctx);
      if (verdict instanceof Promise) {
        const settled = verdict.finally(() => inFlight.delete(settled));
        inFlight.add(settled);
        return { id: spec.id, title: spec.title, passed: false, why: STILL_CHECKING };
      }
      if (!verdict.passed) return { id: spec.id, title: spec.title, passed: false, why: verdict.why };
    }
    return { id: spec.id, title: spec.title, passed: true };
  });
}
