// The names and layers of one stored image as moby's reference and layer stores see them: references
// in lexical order of their full string (refstore.References), layer chain IDs (layer.CreateChainID).
import type { NamedReference } from '../model/reference/parse.ts';
import { parseAnyReference, parseNormalizedNamed } from '../model/reference/normalize.ts';
import { InvalidReferenceError } from '../model/reference/errors.ts';
import { lookupImage } from './lookup.ts';
import { sha256Digest } from '../model/digest.ts';
import type { ImageStore } from '../store/image-store.ts';
import { InvalidImageReference } from '../errors/image.ts';

/** A stored name of an image: its store key and the parsed reference. */
export interface StoredReference {
  key: string;
  ref: NamedReference;
}

/** Every tag and digest pointing at an image, sorted as the reference store returns them. */
export function referencesOf(store: ImageStore, id: string): StoredReference[] {
  return [...store.tagsOf(id), ...store.digestsOf(id)]
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
    .map((key) => ({ key, ref: parseNormalizedNamed(key) }));
}

/** Chain IDs of a diffID list, base first: chain(0) = diff(0), chain(n) = sha256("chain(n-1) diff(n)"). */
export function chainIds(diffIds: readonly string[]): string[] {
  const out: string[] = [];
  for (const diffId of diffIds) out.push(out.length === 0 ? diffId : sha256Digest(`${out[out.length - 1]} ${diffId}`));
  return out;
}

/** IDs of the images whose parent is `id` (imageStore.Children). */
export function childrenOf(store: ImageStore, id: string): string[] {
  return store.allImages().filter((image) => image.parent === id).map((image) => image.id);
}

/**
 * GetImage: the ID of the image a name or ID refers to. A name Docker cannot parse is the daemon's
 * invalid-parameter error (`invalid reference format: …`), not "No such image".
 */
export function getImage(store: ImageStore, input: string): string {
  try {
    parseAnyReference(input);
  } catch (error) {
    if (error instanceof InvalidReferenceError) throw new InvalidImageReference(error.message);
    throw error;
  }
  return lookupImage(store, input);
}
