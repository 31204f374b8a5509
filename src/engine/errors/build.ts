// Errors of POST /build that dockerd itself returns (before a builder streams anything), and of the
// builder's history.
import { defineError, EngineError } from './engine-error.ts';

/** The classic builder's `the Dockerfile (Dockerfile) cannot be empty`. */
export class EmptyDockerfile extends EngineError {
  static readonly code = 'EMPTY_DOCKERFILE';
  constructor(name: string) {
    super('invalidParameter', `the Dockerfile (${name}) cannot be empty`, EmptyDockerfile.code, { name });
    this.name = 'EmptyDockerfile';
  }
}

/** Deleting a build record BuildKit does not have: its lease store's answer for the record's lease. */
export const BuildRecordNotFound = defineError('BuildRecordNotFound', 'notFound', (ref: string) => `lease "ref_${ref}": not found`);
