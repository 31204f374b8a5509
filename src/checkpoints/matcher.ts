// A checkpoint matcher is a data record: its name (what lessons write), what it checks, and the check.
import type { CheckContext, Verdict } from './context.ts';

/** One matcher of the library; `params` are validated by the lesson schema before they get here. */
export interface Matcher<P = Record<string, unknown>> {
  name: string;
  description: string;
  /** Example parameters, documented for lesson authors. */
  example: P;
  check(params: P, ctx: CheckContext): Verdict;
}

/** Declares a matcher with typed parameters. */
export function defineMatcher<P>(matcher: Matcher<P>): Matcher<P> {
  return matcher;
}
