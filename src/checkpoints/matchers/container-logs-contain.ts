// containerLogsContain — what a container's main process printed (`docker logs CONTAINER`, both streams).
import { z } from 'zod';
import { missing, notYet, pass } from '../context.ts';
import { defineMatcher } from '../matcher.ts';
import { regexString } from '../params.ts';
import { containerLabel, containerTarget, describeTarget, oneTarget, selectContainers } from './container-select.ts';

/** Passes when some selected container's logs match `pattern` (multi-line: ^ and $ match at each line). */
export const containerLogsContain = defineMatcher({
  name: 'containerLogsContain',
  description: 'A container\'s logs (docker logs, stdout and stderr) match a regular expression.',
  params: z
    .strictObject({
      ...containerTarget,
      pattern: regexString('A regular expression over the logs (multi-line: ^ and $ match at each line), e.g. "^Hello from Docker!$".'),
      describe: z.string().min(1).describe('What the logs should show, in the learner\'s words, e.g. "the greeting from hello-world".'),
    })
    .refine(...oneTarget),
  example: { ancestor: 'hello-world', pattern: '^Hello from Docker!$', describe: 'the greeting from hello-world' },
  check({ name, ancestor, pattern, describe }, { engine }) {
    const found = selectContainers(engine, { name, ancestor });
    if (found.length === 0) return missing(`There is no ${describeTarget({ name, ancestor }).slice(2)} yet.`);
    const re = new RegExp(pattern, 'm');
    const hit = found.some((c) => re.test(engine.containerLogs(c.Id).read().chunks.map((chunk) => chunk.text).join('')));
    return hit ? pass : notYet(`The logs of ${found.map(containerLabel).join(', ')} do not show ${describe} yet (see docker logs).`);
  },
});
