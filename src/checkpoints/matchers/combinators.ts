// not / anyOf — checks made of checks. `not` passes only when its inner check fails on a subject that
// is there (an absent image is not "an image without curl"); anyOf accepts alternative solutions.
import { z } from 'zod';
import { missing, notYet, pass, type Verdict } from '../context.ts';
import { defineMatcher } from '../matcher.ts';
import { runCheck, type CheckData } from './run-check.ts';
import { registeredMatchers } from './registry.ts';

/** An inner check: a known matcher with parameters it accepts (validated when the lesson loads). */
const innerCheck = z
  .strictObject({
    matcher: z.string().min(1).describe('The inner matcher\'s name, e.g. "sharesLayersWith".'),
    params: z.record(z.string(), z.unknown()).default({}).describe('The inner matcher\'s parameters.'),
  })
  .superRefine((check, ctx) => {
    const matcher = registeredMatchers.get(check.matcher);
    if (!matcher) {
      ctx.addIssue({ code: 'custom', path: ['matcher'], message: `unknown matcher "${check.matcher}"` });
      return;
    }
    const parsed = matcher.params.safeParse(check.params);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) ctx.addIssue({ code: 'custom', path: ['params', ...issue.path.map(String)], message: `${check.matcher}: ${issue.message}` });
    }
  })
  .describe('A check: { matcher, params }, as in a checkpoint\'s checks.');

const why = (what: string) => z.string().min(1).describe(what);

/** Passes when the inner check fails for a reason other than its subject being absent. */
export const not = defineMatcher({
  name: 'not',
  description: 'The inner check fails on a subject that exists (an absent image or container never passes a "not").',
  params: z.strictObject({
    check: innerCheck,
    why: why('Why not yet, while the inner check passes: what is still true that should not be.'),
  }),
  example: { check: { matcher: 'sharesLayersWith', params: { ref: 'flat:v1', other: 'alpine:3.21' } }, why: 'flat:v1 still shares a layer with alpine:3.21.' },
  check({ check, why }, ctx) {
    const decide = (v: Verdict): Verdict => (v.passed ? notYet(why) : v.reason === 'missing' ? v : pass);
    const verdict = runCheck(check as CheckData, ctx);
    return verdict instanceof Promise ? verdict.then(decide) : decide(verdict);
  },
});

/** Passes when any of the inner checks passes. */
export const anyOf = defineMatcher({
  name: 'anyOf',
  description: 'At least one of the inner checks passes (alternative solutions).',
  params: z.strictObject({
    checks: z.array(innerCheck).min(2, { error: 'anyOf needs at least two checks' }).describe('The alternatives.'),
    why: why('Why not yet when none passes.').optional().describe('Why not yet when none passes (the first alternative\'s own text when absent).'),
  }),
  example: { checks: [{ matcher: 'imageExists', params: { ref: 'app:v1' } }, { matcher: 'imageExists', params: { ref: 'app:latest' } }] },
  async check({ checks, why }, ctx) {
    let first: Verdict | undefined;
    let allMissing = true;
    for (const check of checks) {
      const v = await runCheck(check as CheckData, ctx);
      if (v.passed) return pass;
      first ??= v;
      if (v.reason !== 'missing') allMissing = false;
    }
    const text = why ?? (first as { why: string }).why;
    return allMissing ? missing(text) : notYet(text);
  },
});
