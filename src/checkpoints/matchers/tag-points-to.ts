// tagPointsTo — two names are the same image (`docker tag alpine:3.21 myalpine:v1`).
import { z } from 'zod';
import { missing, notYet, pass } from '../context.ts';
import { defineMatcher } from '../matcher.ts';
import { imageRef, noImage, resolveImage, shortId } from '../params.ts';

/** Passes when `ref` and `sameAs` both exist and have the same image ID. */
export const tagPointsTo = defineMatcher({
  name: 'tagPointsTo',
  description: 'A name points at the same image (same image ID) as another name.',
  params: z.strictObject({
    ref: imageRef('The name that must exist, usually one the learner made with docker tag'),
    sameAs: imageRef('The image it must be the same as'),
  }),
  example: { ref: 'myalpine:v1', sameAs: 'alpine:3.21' },
  check({ ref, sameAs }, { engine }) {
    const target = resolveImage(engine, sameAs);
    const id = resolveImage(engine, ref);
    if (!id) return missing(noImage(ref));
    if (!target) return missing(`${ref} exists, but ${sameAs} is not on this machine to compare it with.`);
    if (id !== target) return notYet(`${ref} is a different image from ${sameAs}: its image ID is ${shortId(id)}, not ${shortId(target)}.`);
    return pass;
  },
});
