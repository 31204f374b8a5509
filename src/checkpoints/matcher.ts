// A checkpoint matcher is a data record: its name (what lessons write), what it checks, the zod schema
// of its parameters (every field described, so authors get told what each one means), and the check.
import type { z } from 'zod';
import type { CheckContext, Verdict } from './context.ts';

/** One matcher of the library; `check` gets parameters already validated (and defaulted) by `params`. */
export interface Matcher<S extends z.ZodType = z.ZodType> {
  name: string;
  description: string;
  params: S;
  /** Example parameters, shown to lesson authors when theirs are wrong. */
  example: z.input<S>;
  /** Synchronous for state reads; a Promise for checks that must run something (a throwaway build). */
  check(params: z.output<S>, ctx: CheckContext): Verdict | Promise<Verdict>;
}

/** Declares a matcher with typed parameters. */
export function defineMatcher<S extends z.ZodType>(matcher: Matcher<S>): Matcher<S> {
  return matcher;
}
