// Strict reference parsing (distribution/reference Parse, WithName, WithTag, WithDigest): no defaults
// are added, so `alpine` stays `alpine`. Docker-style normalisation lives in normalize.ts.
import { InvalidDigestError, validateDigest } from '../digest.ts';
import { InvalidReferenceError, referenceError } from './errors.ts';
import { anchoredDigest, anchoredName, anchoredTag, referencePattern } from './grammar.ts';

/** Longest allowed repository path (the part after the domain). */
export const NAME_TOTAL_LENGTH_MAX = 255;

/** A named reference; empty strings mean absent (`domain` is empty only before normalisation). */
export interface NamedReference {
  readonly kind: 'named';
  readonly domain: string;
  readonly path: string;
  readonly tag: string;
  readonly digest: string;
}

/** A bare digest (`sha256:…`), which ParseAnyReference returns for image IDs. */
export interface DigestReference {
  readonly kind: 'digest';
  readonly digest: string;
}

/** Anything a reference parser returns. */
export type Reference = NamedReference | DigestReference;

/** Builds a named reference from its parts. */
export function namedReference(domain: string, path: string, tag = '', digest = ''): NamedReference {
  return { kind: 'named', domain, path, tag, digest };
}

/** The repository name: `domain/path`, or just `path` when there is no domain (Named.Name()). */
export function referenceName(ref: NamedReference): string {
  return ref.domain === '' ? ref.path : `${ref.domain}/${ref.path}`;
}

/** The reference as text: `name[:tag][@digest]`, or the digest alone (Reference.String()). */
export function referenceString(ref: Reference): string {
  if (ref.kind === 'digest') return ref.digest;
  let text = referenceName(ref);
  if (ref.tag !== '') text += `:${ref.tag}`;
  if (ref.digest !== '') text += `@${ref.digest}`;
  return text;
}

/** Turns a go-digest failure into a reference error with the same text. */
function digestFailure(error: unknown, input: string): InvalidReferenceError {
  if (error instanceof InvalidDigestError) {
    const code = error.code === 'format' ? 'checksum-format' : error.code === 'length' ? 'checksum-length' : 'digest-unsupported';
    return new InvalidReferenceError(code, error.message, input);
  }
  throw error;
}

/** Parses `name[:tag][@digest]` strictly (reference.Parse); throws InvalidReferenceError. */
export function parseReference(input: string): NamedReference {
  const match = referencePattern.exec(input);
  if (!match) {
    if (input === '') throw referenceError('name-empty', input);
    if (referencePattern.test(input.toLowerCase())) throw referenceError('name-uppercase', input);
    throw referenceError('invalid-format', input);
  }
  const name = match[1] ?? '';
  const nameMatch = anchoredName.exec(name);
  const domain = nameMatch?.[1] ?? '';
  const path = nameMatch ? (nameMatch[2] ?? '') : name;
  if (path.length > NAME_TOTAL_LENGTH_MAX) throw referenceError('name-too-long', input);
  const digest = match[3] ?? '';
  if (digest !== '') {
    try {
      validateDigest(digest);
    } catch (error) {
      throw digestFailure(error, input);
    }
  }
  return namedReference(domain, path, match[2] ?? '', digest);
}

/** A bare repository name with no tag or digest (reference.WithName). */
export function withName(name: string): NamedReference {
  const match = anchoredName.exec(name);
  if (!match) throw referenceError('invalid-format', name);
  const path = match[2] ?? '';
  if (path.length > NAME_TOTAL_LENGTH_MAX) throw referenceError('name-too-long', name);
  return namedReference(match[1] ?? '', path);
}

/** The same repository with `tag` (kept digest stays); throws `invalid tag format` (reference.WithTag). */
export function withTag(ref: NamedReference, tag: string): NamedReference {
  if (!anchoredTag.test(tag)) throw referenceError('tag-invalid-format', tag);
  return namedReference(ref.domain, ref.path, tag, ref.digest);
}

/** The same repository with `digest` (kept tag stays); throws `invalid digest format` (reference.WithDigest). */
export function withDigest(ref: NamedReference, digest: string): NamedReference {
  if (!anchoredDigest.test(digest)) throw referenceError('digest-invalid-format', digest);
  return namedReference(ref.domain, ref.path, ref.tag, digest);
}

/** The repository alone, tag and digest dropped (reference.TrimNamed). */
export function trimNamed(ref: NamedReference): NamedReference {
  return namedReference(ref.domain, ref.path);
}
