// A RepoTags or RepoDigests entry as the image table needs it: reference.ParseNormalizedNamed, then
// its familiar name (`alpine`, `user/app`, `ghcr.io/x/y`), tag and digest.
import { familiarName, parseNormalizedNamed } from '../../../engine/model/reference/normalize.ts';
import { InvalidReferenceError } from '../../../engine/model/reference/errors.ts';

/** A parsed reference: familiar repository name plus tag and/or digest. */
export interface FamiliarRef {
  familiarName: string;
  tag: string | null;
  digest: string | null;
}

/** Parses like reference.ParseNormalizedNamed; null where docker's parse fails (`<none>:<none>`). */
export function parseFamiliarRef(ref: string): FamiliarRef | null {
  try {
    const named = parseNormalizedNamed(ref);
    return { familiarName: familiarName(named), tag: named.tag || null, digest: named.digest || null };
  } catch (error) {
    if (error instanceof InvalidReferenceError) return null;
    throw error;
  }
}
