// Image names as the daemon keys them: normalised (`docker.io/library/alpine:latest`) for storage and
// familiar (`alpine:latest`) for what the API returns and the CLI prints.
import { parseNormalizedNamed, familiarString } from '../model/reference/normalize.ts';
import type { NamedReference } from '../model/reference/parse.ts';

/** Parses what a learner typed into a normalised reference; throws InvalidReferenceError. */
export function normalizeReference(input: string): NamedReference {
  return parseNormalizedNamed(input);
}

/** The store key: `domain/path:tag` (`:latest` when untagged) or `domain/path@digest`. */
export function canonicalName(ref: NamedReference): string {
  const name = `${ref.domain}/${ref.path}`;
  if (ref.digest) return `${name}@${ref.digest}`;
  return `${name}:${ref.tag || 'latest'}`;
}

/** `alpine:latest`, `user/app:v1`, `localhost:5000/app:v1` — how Docker shows a stored name. */
export function familiarName(canonical: string): string {
  return familiarString(parseNormalizedNamed(canonical));
}

/** The repository part of a familiar name (`alpine`, `localhost:5000/app`). */
export function familiarRepository(ref: NamedReference): string {
  return familiarString({ ...ref, tag: '', digest: '' });
}
