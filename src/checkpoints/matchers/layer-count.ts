// layerCount — how many filesystem layers an image has (`docker image inspect -f '{{len .RootFS.Layers}}'`).
import { z } from 'zod';
import { missing, notYet, pass } from '../context.ts';
import { defineMatcher } from '../matcher.ts';
import { imageRef, noImage, resolveImage } from '../params.ts';
import { baseDiffIds } from './shared-layers.ts';

const count = (what: string) => z.number().int().nonnegative().optional().describe(what);

/** Passes when the image's layer count is exactly / at least / at most the given numbers, or `more` than another image's. */
export const layerCount = defineMatcher({
  name: 'layerCount',
  description: 'An image has exactly, at least or at most a number of layers (RootFS.Layers), or exactly `more` layers than another image (relativeTo).',
  params: z
    .strictObject({
      ref: imageRef('The image whose layers are counted'),
      exact: count('The exact number of layers.'),
      min: count('The least number of layers allowed.'),
      max: count('The greatest number of layers allowed.'),
      relativeTo: imageRef('Another image the count is compared with').optional().describe('Another image: with `more`, the image must have exactly that many layers more than this one.'),
      more: count('With relativeTo: exactly how many layers more than relativeTo\'s.'),
    })
    .refine((p) => p.exact !== undefined || p.min !== undefined || p.max !== undefined || p.relativeTo !== undefined, {
      error: 'give at least one of exact, min, max or relativeTo',
    })
    .refine((p) => (p.relativeTo === undefined) === (p.more === undefined), { error: 'relativeTo and more go together', path: ['more'] }),
  example: { ref: 'nginx:alpine', min: 2 },
  check({ ref, exact, min, max, relativeTo, more }, { engine }) {
    const id = resolveImage(engine, ref);
    if (!id) return missing(noImage(ref));
    const n = engine.imageConfig(id).rootfs.diff_ids.length;
    const layers = (k: number) => `${k} layer${k === 1 ? '' : 's'}`;
    if (relativeTo !== undefined) {
      const base = baseDiffIds(engine, relativeTo);
      if (!base) return missing(`${relativeTo} is neither on this machine nor on Docker Hub to compare ${ref} with.`);
      const b = base.length;
      if (n !== b + more!) return notYet(`${ref} has ${layers(n)} and ${relativeTo} ${layers(b)}; it should have ${more} more than ${relativeTo}.`);
    }
    if (exact !== undefined && n !== exact) return notYet(`${ref} has ${layers(n)}; it should have exactly ${exact}.`);
    if (min !== undefined && n < min) return notYet(`${ref} has ${layers(n)}; it should have at least ${min}.`);
    if (max !== undefined && n > max) return notYet(`${ref} has ${layers(n)}; it should have at most ${max}.`);
    return pass;
  },
});
