// Docker image references (distribution/reference): parse, normalise, familiar forms and exact errors.
export { InvalidReferenceError, REFERENCE_ERRORS } from './reference/errors.ts';
export type { ReferenceErrorCode } from './reference/errors.ts';
export {
  anchoredDigest,
  anchoredDomainAndPort,
  anchoredIdentifier,
  anchoredName,
  anchoredTag,
  referencePattern,
} from './reference/grammar.ts';
export {
  NAME_TOTAL_LENGTH_MAX,
  namedReference,
  parseReference,
  referenceName,
  referenceString,
  trimNamed,
  withDigest,
  withName,
  withTag,
} from './reference/parse.ts';
export type { DigestReference, NamedReference, Reference } from './reference/parse.ts';
export {
  DEFAULT_DOMAIN,
  DEFAULT_TAG,
  LEGACY_DEFAULT_DOMAIN,
  OFFICIAL_REPO_PREFIX,
  familiarMatch,
  familiarName,
  familiarString,
  normalizeReference,
  parseAnyReference,
  parseDockerRef,
  parseNamed,
  parseNormalizedNamed,
  splitDockerDomain,
  tagNameOnly,
} from './reference/normalize.ts';
export { BadPatternError, goPathMatch } from './reference/path-match.ts';
