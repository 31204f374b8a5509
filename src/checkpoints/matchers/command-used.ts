// commandUsed / commandNotUsed — what the learner ran (the command log), for checks state cannot show.
import { z } from 'zod';
import { notYet, pass } from '../context.ts';
import { defineMatcher } from '../matcher.ts';
import { regexString } from '../params.ts';

const pattern = regexString('A regular expression over the whole typed line (trimmed), e.g. "^docker (image )?history\\\\b".');

/** Passes when a logged line matches `pattern` (and, by default, succeeded). */
export const commandUsed = defineMatcher({
  name: 'commandUsed',
  description: 'A command the learner ran matches the pattern (a regular expression), by default with exit status 0.',
  params: z.strictObject({
    pattern,
    succeeded: z.boolean().default(true).describe('Whether the command must also have succeeded (exit status 0). Default true.'),
    hint: z.string().min(1).describe('What to run, in the learner\'s words, shown until it is met, e.g. "Now list your local images."'),
  }),
  example: { pattern: '^docker (image )?history\\b', hint: 'Look at the history of the image.' },
  check({ pattern, succeeded, hint }, { log }) {
    const re = new RegExp(pattern);
    const hit = log.some((r) => re.test(r.line.trim()) && (!succeeded || r.exitCode === 0));
    return hit ? pass : notYet(hint);
  },
});

/** Passes while no logged line matches `pattern` (e.g. "do it without docker pull"). */
export const commandNotUsed = defineMatcher({
  name: 'commandNotUsed',
  description: 'No command the learner ran matches the pattern (a regular expression): do it another way.',
  params: z.strictObject({
    pattern,
    hint: z.string().min(1).describe('Why that command is off limits here, in the learner\'s words, shown once they have used it.'),
  }),
  example: { pattern: '^docker (image )?pull\\b', hint: 'This time, get the image without docker pull.' },
  check({ pattern, hint }, { log }) {
    const re = new RegExp(pattern);
    const used = log.find((r) => re.test(r.line.trim()));
    return used ? notYet(`${hint} (You ran: ${used.line.trim().split('\n')[0]})`) : pass;
  },
});
