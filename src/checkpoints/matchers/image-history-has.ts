// imageHistoryHas — a step in `docker history` matches (e.g. the RUN that installed a package).
import { z } from 'zod';
import { missing, notYet, pass } from '../context.ts';
import { defineMatcher } from '../matcher.ts';
import { imageRef, noImage, regexString, resolveImage } from '../params.ts';

/** Passes when a history row's CREATED BY matches `createdBy` (and, if asked, made or made no layer). */
export const imageHistoryHas = defineMatcher({
  name: 'imageHistoryHas',
  description: 'A step in the image history (docker history, CREATED BY column) matches a regular expression.',
  params: z.strictObject({
    ref: imageRef('The image whose history is read'),
    createdBy: regexString('A regular expression over the full CREATED BY text of one step, e.g. "^RUN .*apk add".'),
    makesLayer: z
      .boolean()
      .optional()
      .describe('true: the step must have made a layer (RUN, COPY, ADD …); false: it must have made none (ENV, CMD …).'),
    describe: z.string().min(1).describe('The step in the learner\'s words, for the "why not yet" text, e.g. "a RUN step that installs curl".'),
  }),
  example: { ref: 'nginx:alpine', createdBy: '^CMD ', makesLayer: false, describe: 'a CMD step' },
  check({ ref, createdBy, makesLayer, describe }, { engine }) {
    const id = resolveImage(engine, ref);
    if (!id) return missing(noImage(ref));
    const re = new RegExp(createdBy);
    // The config's history, oldest first: `empty_layer` says exactly whether a step made a layer.
    const hit = engine
      .imageConfig(id)
      .history.some((step) => re.test(step.created_by ?? '') && (makesLayer === undefined || makesLayer === !step.empty_layer));
    return hit ? pass : notYet(`The history of ${ref} has no ${describe} yet.`);
  },
});
