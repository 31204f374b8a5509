// Content digests as go-digest writes and checks them (`sha256:<64 hex>`), and Docker's short image IDs.
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';

/** go-digest's error texts, word for word. */
export const DIGEST_ERRORS = {
  format: 'invalid checksum digest format',
  length: 'invalid checksum digest length',
  unsupported: 'unsupported digest algorithm',
} as const;

/** Why a digest string was refused (`format`, `length` or `unsupported`); `.message` is go-digest's text. */
export class InvalidDigestError extends Error {
  override readonly name = 'InvalidDigestError';
  readonly code: keyof typeof DIGEST_ERRORS;
  readonly digest: string;
  constructor(code: keyof typeof DIGEST_ERRORS, digest: string) {
    super(DIGEST_ERRORS[code]);
    this.code = code;
    this.digest = digest;
  }
}

/**
 * Hex lengths of the algorithms the simulated engine knows. Only sha256: distribution/reference's own
 * tests (our corpus) run with sha384/sha512 unavailable, and every digest a learner meets is sha256.
 */
const ALGORITHM_HEX_LENGTH: ReadonlyMap<string, number> = new Map([['sha256', 64]]);

// go-digest's DigestRegexp: a lowercase algorithm (with + . _ - separators), ':' and an encoded part.
const ANCHORED_DIGEST = /^[a-z0-9]+(?:[.+_-][a-z0-9]+)*:[a-zA-Z0-9=_-]+$/;
const LOWER_HEX = /^[a-f0-9]*$/;

/** Checks a digest like go-digest's `Digest.Validate`, throwing InvalidDigestError with its exact text. */
export function validateDigest(digest: string): void {
  const colon = digest.indexOf(':');
  if (colon <= 0 || colon + 1 === digest.length) throw new InvalidDigestError('format', digest);
  const algorithm = digest.slice(0, colon);
  const encoded = digest.slice(colon + 1);
  const hexLength = ALGORITHM_HEX_LENGTH.get(algorithm);
  if (hexLength === undefined) {
    throw new InvalidDigestError(ANCHORED_DIGEST.test(digest) ? 'unsupported' : 'format', digest);
  }
  if (encoded.length !== hexLength) throw new InvalidDigestError('length', digest);
  if (!LOWER_HEX.test(encoded)) throw new InvalidDigestError('format', digest);
}

/** True when `digest` passes validateDigest. */
export function isValidDigest(digest: string): boolean {
  try {
    validateDigest(digest);
    return true;
  } catch {
    return false;
  }
}

/** `sha256:<hex>` of some bytes, or of a string's UTF-8 encoding (image IDs, layer and blob digests). */
export function sha256Digest(content: Uint8Array | string): string {
  const bytes = typeof content === 'string' ? new TextEncoder().encode(content) : content;
  return `sha256:${bytesToHex(sha256(bytes))}`;
}

/** The 12-character ID `docker images` shows: the part after `algorithm:`, cut to 12 (stringid.TruncateID). */
export function shortId(id: string): string {
  const colon = id.indexOf(':');
  const hex = colon >= 0 ? id.slice(colon + 1) : id;
  return hex.length > 12 ? hex.slice(0, 12) : hex;
}
