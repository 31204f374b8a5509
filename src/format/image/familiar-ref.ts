// A RepoTags or RepoDigests entry as the image table needs it: reference.ParseNormalizedNamed, then
// its familiar name (`alpine`, `user/app`, `ghcr.io/x/y`), tag and digest.
import { InvalidReferenceError, familiarName, parseNormalizedNamed } from '../../engine/index.ts';

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
