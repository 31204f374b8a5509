// Errors of image-reference parsing; `.message` is distribution/reference's (or go-digest's) text.

/** Machine-readable cause of an InvalidReferenceError. */
export type ReferenceErrorCode =
  | 'invalid-format'
  | 'tag-invalid-format'
  | 'digest-invalid-format'
  | 'name-uppercase'
  | 'name-empty'
  | 'name-too-long'
  | 'name-not-canonical'
  | 'normalized-uppercase'
  | 'hex-identifier'
  | 'checksum-format'
  | 'checksum-length'
  | 'digest-unsupported';

/** Fixed texts of distribution/reference's sentinel errors (reference.go). */
export const REFERENCE_ERRORS = {
  'invalid-format': 'invalid reference format',
  'tag-invalid-format': 'invalid tag format',
  'digest-invalid-format': 'invalid digest format',
  'name-uppercase': 'repository name must be lowercase',
  'name-empty': 'repository name must have at least one component',
  'name-too-long': 'repository name must not be more than 255 characters',
  'name-not-canonical': 'repository name must be canonical',
} as const;

/** A reference Docker would refuse; `.message` is Docker's text word for word, `.input` what was parsed. */
export class InvalidReferenceError extends Error {
  override readonly name = 'InvalidReferenceError';
  readonly code: ReferenceErrorCode;
  readonly input: string;
  constructor(code: ReferenceErrorCode, message: string, input: string) {
    super(message);
    this.code = code;
    this.input = input;
  }
}

/** Builds the error for one of the fixed sentinel texts. */
export function referenceError(code: keyof typeof REFERENCE_ERRORS, input: string): InvalidReferenceError {
  return new InvalidReferenceError(code, REFERENCE_ERRORS[code], input);
}
