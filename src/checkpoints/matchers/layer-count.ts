// layerCount — how many filesystem layers an image has (`docker image inspect -f '{{len .RootFS.Layers}}'`).
import { z } from 'zod';
import { notYet, pass } from '../context.ts';
import { defineMatcher } from '../matcher.ts';
import { imageRef, noImage, resolveImage } from '../params.ts';

const count = (what: string) => z.number().int().nonnegative().optional().describe(what);

/** Passes when the image's layer count is exactly / at least / at most the given numbers. */
export const layerCount = defineMatcher({
  name: 'layerCount',
  description: 'An image has exactly, at least or at most a number of layers (RootFS.Layers).',
  params: z
    .strictObject({
      ref: imageRef('The image whose layers are counted'),
      exact: count('The exact number of layers.'),
      min: count('The least number of layers allowed.'),
      max: count('The greatest number of layers allowed.'),
    })
    .refine((p) => p.exact !== undefined || p.min !== undefined || p.max !== undefined, {
      error: 'give at least one of exact, min or max',
    }),
  example: { ref: 'nginx:alpine', min: 2 },
  check({ ref, exact, min, max }, { engine }) {
    const id = resolveImage(engine, ref);
    if (!id) return notYet(noImage(ref));
    const n = engine.store.config(id).rootfs.diff_ids.length;
    const layers = (k: number) => `${k} layer${k === 1 ? '' : 's'}`;
    if (exact !== undefined && n !== exact) return notYet(`${ref} has ${layers(n)}; it should have exactly ${exact}.`);
    if (min !== undefined && n < min) return notYet(`${ref} has ${layers(n)}; it should have at least ${min}.`);
    if (max !== undefined && n > max) return notYet(`${ref} has ${layers(n)}; it should have at most ${max}.`);
    return pass;
  },
});
