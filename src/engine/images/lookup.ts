// Finds a local image the way dockerd does: by full or short ID, by `sha256:` ID, by name:tag
// (`alpine` means `alpine:latest`), or by name@digest.
import type { ImageStore } from '../store/image-store.ts';
import { InvalidReferenceError } from '../model/reference/errors.ts';
import { canonicalName, normalizeReference } from './names.ts';
import { AmbiguousImageId } from '../errors/image.ts';
import { NoSuchImage } from '../errors/image.ts';

/** The full image ID (`sha256:…`) an argument names, or a `No such image` error. */
export function lookupImage(store: ImageStore, input: string): string {
  const found = findImage(store, input);
  if (found) return found;
  throw new NoSuchImage(displayNameForMissing(input));
}

/** Like lookupImage, but undefined when nothing matches. */
export function findImage(store: ImageStore, input: string): string | undefined {
  const id = /^(sha256:)?[a-f0-9]{64}$/.test(input) ? (input.startsWith('sha256:') ? input : `sha256:${input}`) : undefined;
  if (id && store.image(id)) return id;
  let ref;
  try {
    ref = normalizeReference(input);
  } catch (error) {
    if (!(error instanceof InvalidReferenceError)) throw error;
  }
  if (ref) {
    const name = canonicalName(ref);
    const byName = ref.digest ? store.digests.get(name) : store.tags.get(name);
    if (byName) return byName;
  }
  return shortIdMatch(store, input);
}

// A hex prefix of an image ID also names it, when only one image starts that way.
function shortIdMatch(store: ImageStore, input: string): string | undefined {
  const prefix = input.replace(/^sha256:/, '');
  if (!/^[a-f0-9]+$/.test(prefix)) return undefined;
  const matches = store.allImages().filter((image) => image.id.slice(7).startsWith(prefix));
  if (matches.length > 1) throw new AmbiguousImageId(input, matches.length);
  return matches[0]?.id;
}

// dockerd names a missing untagged image with `:latest` appended ("No such image: nope:latest").
function displayNameForMissing(input: string): string {
  try {
    const ref = normalizeReference(input);
    if (!ref.tag && !ref.digest && !/^[a-f0-9]{1,64}$/.test(input)) return `${input}:latest`;
  } catch {
    // not a reference: name it as typed
  }
  return input;
}
