// The rules a checkpoint's grading and hints follow (CURRICULUM §1), checked when a lesson loads:
// typed text is never the only check and never grades a challenge; a hint ladder never hands out
// the command ("Type …"), and a challenge's hints never contain a line of its solution.
import type { z } from 'zod';

const TYPED_TEXT = new Set(['commandUsed', 'commandNotUsed']);

/** The parts of a checkpoint the lint reads. */
interface Linted {
  kind: 'guided' | 'predict' | 'challenge';
  checks: { matcher: string; params: Record<string, unknown> }[];
  hints: string[];
  solution?: string;
}

// Matcher names used by a check, including those inside not / anyOf.
function matcherNames(check: { matcher: string; params?: Record<string, unknown> }): string[] {
  const inner = [check.params?.check, ...((check.params?.checks as unknown[]) ?? [])].filter((c): c is { matcher: string; params?: Record<string, unknown> } => typeof c === 'object' && c !== null && 'matcher' in c);
  return [check.matcher, ...inner.flatMap(matcherNames)];
}

/** zod superRefine for a checkpoint: adds an issue, at the field at fault, for each broken rule. */
export function lintCheckpoint(cp: Linted, ctx: z.RefinementCtx): void {
  const typed = cp.checks.map((c) => matcherNames(c).some((n) => TYPED_TEXT.has(n)));
  if (cp.checks.length > 0 && typed.every(Boolean)) {
    ctx.addIssue({ code: 'custom', path: ['checks'], message: 'a commandUsed check is never the only check: add one that reads the state the command leaves' });
  }
  if (cp.kind === 'challenge') {
    typed.forEach((t, i) => t && ctx.addIssue({ code: 'custom', path: ['checks', i], message: 'a challenge is graded by state only: no commandUsed/commandNotUsed' }));
  }
  cp.hints.forEach((hint, i) => {
    if (/^\W*type\b/i.test(hint)) ctx.addIssue({ code: 'custom', path: ['hints', i], message: 'a hint never starts with "Type": say where to look, why, or the command\'s shape with <placeholders>' });
  });
  if (cp.kind === 'challenge' && cp.hints.length === 3 && !/<[a-z][^>]*>/i.test(cp.hints[2])) {
    ctx.addIssue({ code: 'custom', path: ['hints', 2], message: 'a challenge\'s third hint is a near-answer: the command\'s shape with <placeholders>, e.g. "docker commit --change <instruction> <container> <name>"' });
  }
  if (cp.kind === 'challenge' && cp.solution) {
    const lines = cp.solution.split('\n').map((l) => l.trim()).filter((l) => l.length > 0);
    cp.hints.forEach((hint, i) => {
      const leaked = lines.find((l) => hint.includes(l));
      if (leaked) ctx.addIssue({ code: 'custom', path: ['hints', i], message: `a challenge hint contains a line of its solution ("${leaked}"): keep the solution behind its button` });
    });
  }
}
