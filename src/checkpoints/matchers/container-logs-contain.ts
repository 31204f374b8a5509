// containerLogsContain — what a container's main process printed (`docker logs CONTAINER`), on either
// stream or both, as the log driver keeps them apart.
import { z } from 'zod';
import { missing, notYet, pass } from '../context.ts';
import { defineMatcher } from '../matcher.ts';
import { regexString } from '../params.ts';
import { containerLabel, containerTarget, describeTarget, oneTarget, selectContainers } from './container-select.ts';

/** Passes when some selected container's logs match `pattern` (multi-line: ^ and $ match at each line). */
export const containerLogsContain = defineMatcher({
  name: 'containerLogsContain',
  description: 'A container\'s logs (docker logs: stdout, stderr or both) match a regular expression.',
  params: z
    .strictObject({
      ...containerTarget,
      pattern: regexString('A regular expression over the logs (multi-line: ^ and $ match at each line), e.g. "^Hello from Docker!$".'),
      describe: z.string().min(1).describe('What the logs should show, in the learner\'s words, e.g. "the greeting from hello-world".'),
      stream: z.enum(['stdout', 'stderr', 'both']).default('both').describe('Which stream to read: stdout, stderr, or both (default), as docker logs keeps them apart.'),
    })
    .refine(...oneTarget),
  example: { ancestor: 'hello-world', pattern: '^Hello from Docker!$', describe: 'the greeting from hello-world' },
  check({ name, ancestor, pattern, describe, stream }, { engine }) {
    const found = selectContainers(engine, { name, ancestor });
    if (found.length === 0) return missing(`There is no ${describeTarget({ name, ancestor }).slice(2)} yet.`);
    const re = new RegExp(pattern, 'm');
    const text = (id: string) =>
      engine
        .containerLogs(id)
        .read()
        .chunks.filter((chunk) => stream === 'both' || chunk.stream === stream)
        .map((chunk) => chunk.text)
        .join('');
    const hit = found.some((c) => re.test(text(c.Id)));
    const on = stream === 'both' ? '' : ` on ${stream}`;
    return hit ? pass : notYet(`The logs of ${found.map(containerLabel).join(', ')} do not show ${describe}${on} yet (see docker logs${stream === 'stdout' ? ' 2>/dev/null' : stream === 'stderr' ? ' 2>&1 >/dev/null' : ''}).`);
  },
});
