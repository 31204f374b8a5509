// commandUsed — the learner ran a command that matches (and, optionally, it succeeded).
import { notYet, pass } from '../context.ts';
import { defineMatcher } from '../matcher.ts';

/** Passes when a logged line matches `pattern` (a regular expression over the whole line). */
export const commandUsed = defineMatcher<{ pattern: string; succeeded?: boolean; hint?: string }>({
  name: 'commandUsed',
  description: 'A command the learner ran matches the pattern (a regular expression), optionally with exit status 0.',
  example: { pattern: '^docker (image )?history\\b', succeeded: true },
  check({ pattern, succeeded = true, hint }, { log }) {
    const re = new RegExp(pattern);
    const hit = log.some((r) => re.test(r.line.trim()) && (!succeeded || r.exitCode === 0));
    return hit ? pass : notYet(hint ?? `Run a command matching ${pattern}.`);
  },
});
