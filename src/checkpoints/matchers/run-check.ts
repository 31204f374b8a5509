// Runs one check: finds its matcher, validates its parameters, and turns a crash into a verdict, so one
// broken check never stops the others. Combinators (not, anyOf) run their inner checks through it too.
import type { CheckContext, Verdict } from '../context.ts';
import { missing } from '../context.ts';
import { registeredMatchers } from './registry.ts';

/** A check as lessons write it: a matcher name, its parameters and an optional replacement "why". */
export interface CheckData {
  matcher: string;
  params?: Record<string, unknown>;
  why?: string;
}

/** The verdict of one check; a matcher that is unknown, misconfigured or throws counts as not met (missing), with the reason. */
export function runCheck(check: CheckData, ctx: CheckContext): Verdict | Promise<Verdict> {
  const matcher = registeredMatchers.get(check.matcher);
  if (!matcher) return missing(`Unknown matcher "${check.matcher}" (a lesson bug).`);
  const params = matcher.params.safeParse(check.params ?? {});
  if (!params.success) return missing(`This check is misconfigured (a lesson bug): ${params.error.issues[0]?.message}.`);
  const failed = (error: unknown): Verdict => missing(`This check could not run: ${(error as Error).message}`);
  const own = (verdict: Verdict): Verdict => (verdict.passed || !check.why ? verdict : { ...verdict, why: check.why });
  let verdict: Verdict | Promise<Verdict>;
  try {
    verdict = matcher.check(params.data, ctx);
  } catch (error) {
    return own(failed(error));
  }
  return verdict instanceof Promise ? verdict.then(own, (error: unknown) => own(failed(error))) : own(verdict);
}
