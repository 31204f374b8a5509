// imageSizeAtMost — an image is small enough: at most N bytes, or smaller than another image by a margin
// (SIZE as `docker images` shows it: every layer, shared ones included).
import { z } from 'zod';
import { formatBytes } from './units.ts';
import { missing, notYet, pass } from '../context.ts';
import { defineMatcher } from '../matcher.ts';
import { imageRef, noImage, resolveImage, type EngineReads } from '../params.ts';

/** SIZE as `docker images` reports it, in bytes, or undefined when the image is not here. */
export function imageSize(engine: EngineReads, ref: string): number | undefined {
  const id = resolveImage(engine, ref);
  return id === undefined ? undefined : engine.imageList({ all: true }).find((i) => i.Id === id)?.Size;
}

/** Passes when SIZE ≤ bytes, or SIZE ≤ SIZE(lessThan) − byAtLeast. */
export const imageSizeAtMost = defineMatcher({
  name: 'imageSizeAtMost',
  description: 'An image is at most a number of bytes, or smaller than another image by at least a margin (SIZE as docker images shows it).',
  params: z
    .strictObject({
      ref: imageRef('The image whose size is checked'),
      bytes: z.number().int().positive().optional().describe('The most bytes it may take (docker images counts 1 MB as 1,000,000 bytes).'),
      lessThan: imageRef('Another image it must be smaller than').optional().describe('Another image it must be smaller than, as a learner would type it.'),
      byAtLeast: z.number().int().nonnegative().default(1).describe('With lessThan: by at least this many bytes (default 1).'),
    })
    .refine((p) => (p.bytes === undefined) !== (p.lessThan === undefined), { error: 'give exactly one of bytes or lessThan' }),
  example: { ref: 'app:slim', bytes: 50_000_000 },
  check({ ref, bytes, lessThan, byAtLeast }, { engine }) {
    const size = imageSize(engine, ref);
    if (size === undefined) return missing(noImage(ref));
    if (bytes !== undefined) return size <= bytes ? pass : notYet(`${ref} is ${formatBytes(size)}; it should be at most ${formatBytes(bytes)}.`);
    const other = imageSize(engine, lessThan!);
    if (other === undefined) return missing(`${lessThan} is not on this machine to compare ${ref} with.`);
    if (size <= other - byAtLeast) return pass;
    return notYet(`${ref} is ${formatBytes(size)} and ${lessThan} is ${formatBytes(other)}: it should be smaller by at least ${formatBytes(byAtLeast)}.`);
  },
});
