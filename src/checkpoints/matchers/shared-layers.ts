// sharesLayersWith / builtFrom — how two images relate through their layers (RootFS.Layers diff IDs):
// any layer in common, or one image's whole stack at the bottom of the other's.
import { z } from 'zod';
import { missing, notYet, pass, type Verdict } from '../context.ts';
import { defineMatcher } from '../matcher.ts';
import { imageRef, noImage, normalizeReference, resolveImage, type EngineReads } from '../params.ts';

/** The diff IDs of an image's layers, bottom first, or undefined when it is not here. */
export function diffIds(engine: EngineReads, ref: string): string[] | undefined {
  const id = resolveImage(engine, ref);
  return id === undefined ? undefined : engine.imageConfig(id).rootfs.diff_ids;
}

/**
 * The diff IDs of a base image: the local one, or else what Docker Hub serves for this machine's
 * platform. A build FROM alpine:3.21 never tags alpine:3.21 locally, so a correct image must not
 * need an unrelated pull to be recognised as built on it.
 */
export function baseDiffIds(engine: EngineReads, ref: string): string[] | undefined {
  const local = diffIds(engine, ref);
  if (local) return local;
  let named;
  try {
    named = normalizeReference(ref);
  } catch {
    return undefined;
  }
  if (named.domain !== 'docker.io') return undefined;
  const image = engine.hubImage(named.path, named.digest || named.tag || 'latest');
  const manifest = image?.manifests.find((m) => m.platform === 'linux/amd64') ?? image?.manifests[0];
  return manifest?.config.rootfs.diff_ids;
}

// Both images' layers, or the verdict saying which one is missing.
function bothLayers(engine: EngineReads, ref: string, other: string): { mine: string[]; theirs: string[] } | Verdict {
  const mine = diffIds(engine, ref);
  if (!mine) return missing(noImage(ref));
  const theirs = baseDiffIds(engine, other);
  if (!theirs) return missing(`${other} is neither on this machine nor on Docker Hub to compare ${ref} with.`);
  return { mine, theirs };
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** Passes when the two images have at least `min` layers (diff IDs) in common. */
export const sharesLayersWith = defineMatcher({
  name: 'sharesLayersWith',
  description: 'Two images have at least `min` layers (diff IDs) in common: stored once, used by both.',
  params: z.strictObject({
    ref: imageRef('The image checked'),
    other: imageRef('The image it must share layers with'),
    min: z.number().int().positive().default(1).describe('How many layers at least they must share (default 1).'),
  }),
  example: { ref: 'flat:v1', other: 'alpine:3.21' },
  check({ ref, other, min }, { engine }) {
    const both = bothLayers(engine, ref, other);
    if ('passed' in both) return both;
    const common = both.mine.filter((d) => both.theirs.includes(d)).length;
    return common >= min ? pass : notYet(`${ref} shares ${plural(common, 'layer')} with ${other}; it should share at least ${min}.`);
  },
});

/** Passes when every layer of `base`, in order, is at the bottom of `ref`'s stack. */
export const builtFrom = defineMatcher({
  name: 'builtFrom',
  description: 'An image was built on top of another: the base\'s layers, in order, are the bottom of its stack.',
  params: z.strictObject({
    ref: imageRef('The image checked'),
    base: imageRef('The image it must be built on'),
  }),
  example: { ref: 'tools:v1', base: 'alpine:3.21' },
  check({ ref, base }, { engine }) {
    const both = bothLayers(engine, ref, base);
    if ('passed' in both) return both;
    const onTop = both.theirs.every((d, i) => both.mine[i] === d);
    return onTop ? pass : notYet(`${ref} is not built on ${base}: its bottom layers are not ${base}'s.`);
  },
});
