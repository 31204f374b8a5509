// Errors of POST /build that dockerd itself returns (before a builder streams anything).
import { EngineError } from './engine-error.ts';

/** The classic builder's `the Dockerfile (Dockerfile) cannot be empty`. */
export class EmptyDockerfile extends EngineError {
  static readonly code = 'EMPTY_DOCKERFILE';
  constructor(name: string) {
    super('invalidParameter', `the Dockerfile (${name}) cannot be empty`, EmptyDockerfile.code, { name });
    this.name = 'EmptyDockerfile';
  }
}
