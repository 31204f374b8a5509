// imageExists — a local image answers to this reference (`alpine` means `alpine:latest`).
import { z } from 'zod';
import { notYet, pass } from '../context.ts';
import { defineMatcher } from '../matcher.ts';
import { imageRef, noImage, resolveImage } from '../params.ts';

/** Passes when `docker images` would list the reference (or `docker image inspect` would find it). */
export const imageExists = defineMatcher({
  name: 'imageExists',
  description: 'A local image answers to the reference (name[:tag], name@digest or an ID).',
  params: z.strictObject({ ref: imageRef('The image that must exist locally') }),
  example: { ref: 'alpine:latest' },
  check({ ref }, { engine }) {
    return resolveImage(engine, ref) ? pass : notYet(noImage(ref));
  },
});
