// Errors the simulated daemon returns. Messages are dockerd's, word for word; the CLI adds
// "Error response from daemon: " where Docker does. `status` is the HTTP status the Engine API uses.

/** The error kinds of moby's errdefs, which decide the HTTP status. */
export type EngineErrorKind = 'notFound' | 'conflict' | 'invalidParameter' | 'unauthorized' | 'forbidden' | 'unavailable' | 'system';

const STATUS: Record<EngineErrorKind, number> = {
  notFound: 404,
  conflict: 409,
  invalidParameter: 400,
  unauthorized: 401,
  forbidden: 403,
  unavailable: 503,
  system: 500,
};

/** A daemon error with its errdefs kind. */
export class EngineError extends Error {
  readonly status: number;
  constructor(
    readonly kind: EngineErrorKind,
    message: string,
  ) {
    super(message);
    this.name = 'EngineError';
    this.status = STATUS[kind];
  }
}

/** `No such image: alpine:latest` — what image lookups by name or ID say when nothing matches. */
export function noSuchImage(ref: string): EngineError {
  return new EngineError('notFound', `No such image: ${ref}`);
}
