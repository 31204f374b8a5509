// Docker's normalisation of image references (distribution/reference normalize.go): `alpine` means
// `docker.io/library/alpine`, `index.docker.io` means `docker.io`, and the familiar form drops both.
import { isValidDigest } from '../digest.ts';
import { InvalidReferenceError, referenceError } from './errors.ts';
import { anchoredIdentifier } from './grammar.ts';
import {
  namedReference,
  parseReference,
  referenceName,
  referenceString,
  withDigest,
  withName,
} from './parse.ts';
import type { NamedReference, Reference } from './parse.ts';
import { goPathMatch } from './path-match.ts';

/** Docker Hub's domain as references spell it. */
export const DEFAULT_DOMAIN = 'docker.io';
/** The old Hub domain, rewritten to DEFAULT_DOMAIN. */
export const LEGACY_DEFAULT_DOMAIN = 'index.docker.io';
/** Namespace of Docker Official Images on the Hub. */
export const OFFICIAL_REPO_PREFIX = 'library/';
/** Tag added when a reference names none. */
export const DEFAULT_TAG = 'latest';

/** Splits `name` into registry domain and remote path, applying Docker Hub defaults. */
export function splitDockerDomain(name: string): { domain: string; remainder: string } {
  const slash = name.indexOf('/');
  if (slash < 0) return { domain: DEFAULT_DOMAIN, remainder: OFFICIAL_REPO_PREFIX + name };
  const first = name.slice(0, slash);
  let domain: string;
  let remainder: string;
  // localhost, anything with `.` or `:` (host, IP, port) and uppercase (never a Hub namespace) are domains.
  if (first === 'localhost' || /[.:]/.test(first) || first.toLowerCase() !== first) {
    domain = first;
    remainder = name.slice(slash + 1);
  } else {
    domain = DEFAULT_DOMAIN;
    remainder = name;
  }
  if (domain === LEGACY_DEFAULT_DOMAIN) domain = DEFAULT_DOMAIN;
  if (domain === DEFAULT_DOMAIN && !remainder.includes('/')) remainder = OFFICIAL_REPO_PREFIX + remainder;
  return { domain, remainder };
}

/** Parses what a user types (`alpine:3.20`) into a full reference (`docker.io/library/alpine:3.20`). */
export function parseNormalizedNamed(input: string): NamedReference {
  if (anchoredIdentifier.test(input)) {
    throw new InvalidReferenceError(
      'hex-identifier',
      `invalid repository name (${input}), cannot specify 64-byte hexadecimal strings`,
      input,
    );
  }
  const { domain, remainder } = splitDockerDomain(input);
  const colon = remainder.indexOf(':');
  const remote = colon >= 0 ? remainder.slice(0, colon) : remainder;
  if (remote.toLowerCase() !== remote) {
    throw new InvalidReferenceError(
      'normalized-uppercase',
      `invalid reference format: repository name (${remote}) must be lowercase`,
      input,
    );
  }
  try {
    return parseReference(`${domain}/${remainder}`);
  } catch (error) {
    // Report the learner's own text as the input, not the expanded form.
    if (error instanceof InvalidReferenceError) throw new InvalidReferenceError(error.code, error.message, input);
    throw error;
  }
}

/** Like parseNormalizedNamed, but only accepts already-canonical text (reference.ParseNamed). */
export function parseNamed(input: string): NamedReference {
  const named = parseNormalizedNamed(input);
  if (referenceString(named) !== input) throw referenceError('name-not-canonical', input);
  return named;
}

/** Adds `:latest` when a reference has neither tag nor digest (reference.TagNameOnly). */
export function tagNameOnly(ref: NamedReference): NamedReference {
  return ref.tag === '' && ref.digest === '' ? namedReference(ref.domain, ref.path, DEFAULT_TAG) : ref;
}

/** What `docker pull x` resolves: normalised, `:latest` by default, the tag dropped when a digest is given. */
export function parseDockerRef(input: string): NamedReference {
  const named = parseNormalizedNamed(input);
  if (named.tag !== '' && named.digest !== '') return withDigest(withName(referenceName(named)), named.digest);
  return tagNameOnly(named);
}

/** An image ID (64 hex or `sha256:…`) as a digest reference, else a normalised name (ParseAnyReference). */
export function parseAnyReference(input: string): Reference {
  if (anchoredIdentifier.test(input)) return { kind: 'digest', digest: `sha256:${input}` };
  if (isValidDigest(input)) return { kind: 'digest', digest: input };
  return parseNormalizedNamed(input);
}

/** Normalises any reference text to its full string: `alpine` → `docker.io/library/alpine:latest`. */
export function normalizeReference(input: string): string {
  return referenceString(parseDockerRef(input));
}

/** The short form users see: `docker.io/library/alpine` → `alpine`, other Hub names lose `docker.io/`. */
export function familiarName(ref: NamedReference): string {
  if (ref.domain !== DEFAULT_DOMAIN) return referenceName(ref);
  if (ref.path.startsWith(OFFICIAL_REPO_PREFIX)) {
    const rest = ref.path.slice(OFFICIAL_REPO_PREFIX.length);
    if (!rest.includes('/')) return rest;
  }
  return ref.path;
}

/** The familiar form with tag and digest: `alpine:3.20`, `user/app@sha256:…` (FamiliarString). */
export function familiarString(ref: Reference): string {
  if (ref.kind === 'digest') return ref.digest;
  let text = familiarName(ref);
  if (ref.tag !== '') text += `:${ref.tag}`;
  if (ref.digest !== '') text += `@${ref.digest}`;
  return text;
}

/** Glob-matches a reference's familiar string, then its familiar name (`docker images --filter reference=`). */
export function familiarMatch(pattern: string, ref: Reference): boolean {
  let matched = false;
  let failure: unknown = null;
  try {
    matched = goPathMatch(pattern, familiarString(ref));
  } catch (error) {
    failure = error;
  }
  if (ref.kind === 'named' && !matched) {
    try {
      matched = goPathMatch(pattern, familiarName(ref));
    } catch {
      // Go ignores this second error and reports the first one.
    }
  }
  if (failure) throw failure;
  return matched;
}
