// POST /images/{name}/tag?repo=…&tag=… — moby's postImagesTag: the target must not be named like a
// digest algorithm, the source must exist; the tag moves if it pointed elsewhere, and the image's
// LastTagTime is set (ImageService.TagImage).
import { familiarName, parseNormalizedNamed, tagNameOnly } from '../model/reference/normalize.ts';
import { namedReference } from '../model/reference/parse.ts';
import type { ImageStore } from '../store/image-store.ts';
import { canonicalName } from './names.ts';
import { lookupImage } from './lookup.ts';
import { AmbiguousDigestTag, InvalidImageReference } from '../errors/image.ts';

/** Points `repo:tag` at the image `source` names; throws EngineError (invalid target, no such image). */
export function tagImage(store: ImageStore, source: string, repo: string, tag: string, now: string): void {
  let ref;
  try {
    const named = parseNormalizedNamed(repo);
    ref = tag ? namedReference(named.domain, named.path, tag) : tagNameOnly(named);
    if (tag) parseNormalizedNamed(`${repo}:${tag}`);
  } catch (error) {
    throw new InvalidImageReference((error as Error).message);
  }
  if (familiarName(ref) === 'sha256') {
    throw new AmbiguousDigestTag();
  }
  const id = lookupImage(store, source);
  store.setTag(canonicalName(ref), id, now);
}

