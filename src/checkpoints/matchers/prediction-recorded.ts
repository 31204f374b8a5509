// predictionRecorded — the learner wrote a prediction down before running the command that settles it:
// the file is not empty and was last written before the first logged command matching `before`.
import { z } from 'zod';
import { missing, notYet, pass } from '../context.ts';
import { defineMatcher } from '../matcher.ts';
import { regexString } from '../params.ts';
import { workspacePath } from './answer-file-equals.ts';

/** Passes when the prediction file has text and was last changed before the settling command ran. */
export const predictionRecorded = defineMatcher({
  name: 'predictionRecorded',
  description: 'A prediction file (e.g. ~/predictions/layers.txt) has text, written before the first command matching `before` ran.',
  params: z.strictObject({
    path: z.string().min(1).describe('The prediction file, relative to the workspace, e.g. "predictions/layers.txt".'),
    before: regexString('A regular expression over the command that settles the question, e.g. "^docker pull python:3\\\\.12-alpine"; the prediction must be written before it first ran.'),
  }),
  example: { path: 'predictions/layers.txt', before: '^docker (image )?pull .*python:3\\.12-alpine' },
  check({ path, before }, { host, log }) {
    const { full, shown } = workspacePath(host, path);
    if (!host.fs.exists(full) || host.fs.stat(full).type !== 'file') return missing(`There is no prediction in ${shown} yet: write down what you expect first.`);
    if (host.fs.readText(full).trim() === '') return notYet(`${shown} is empty: write down what you expect first.`);
    const re = new RegExp(before);
    // Each command of a line counts (`echo 3 > p.txt; docker pull …` settles it too).
    const settled = log.findIndex((r) => r.line.split(/[\n;&|]+/).some((l) => re.test(l.trim())));
    if (settled < 0) return pass;
    const name = full.split('/').slice(-2).join('/'); // `predictions/x.txt`: written by the settling line itself?
    const writtenAt = host.fs.stat(full).mtime * 1000;
    const previous = settled > 0 ? log[settled - 1].at : -Infinity;
    if (log[settled].line.includes(name) || writtenAt > previous) {
      return notYet(`${shown} was written after you ran the command that answers it: a prediction comes first. Write it again, then run that command again.`);
    }
    return pass;
  },
});
