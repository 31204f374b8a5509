// Errors the simulated daemon returns. Each error is a class with a `code` (one per dockerd message,
// defined by family in the files beside this one), an errdefs `kind` that decides the HTTP status, and
// the `data` it was made from; the message is dockerd's, word for word. The CLI adds "Error response
// from daemon: " where Docker does. Errors cross the worker as data ({ code, kind, data, message }).

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

/** An engine error as plain data, for structured clone and the worker boundary. */
export interface EngineErrorData {
  code: string;
  kind: EngineErrorKind;
  data: unknown;
  message: string;
}

/** A daemon error: its code, errdefs kind and HTTP status, and the data its message was made from. */
export class EngineError extends Error {
  readonly status: number;
  constructor(
    readonly kind: EngineErrorKind,
    message: string,
    readonly code: string = 'EngineError',
    readonly data: unknown = undefined,
  ) {
    super(message);
    this.name = 'EngineError';
    this.status = STATUS[kind];
  }

  /** The error as data (what crosses the worker). */
  toJSON(): EngineErrorData {
    return { code: this.code, kind: this.kind, data: this.data, message: this.message };
  }

  /** An error back from its data (the code and message survive; the class is the base one). */
  static fromData(data: EngineErrorData): EngineError {
    return new EngineError(data.kind, data.message, data.code, data.data);
  }
}

/** A class of EngineError with one code: `new NoSuchImage('alpine:latest')`, `error.code === NoSuchImage.code`. */
export type EngineErrorClass<A extends unknown[]> = (new (...args: A) => EngineError) & { readonly code: string };

/** Defines the error class for one dockerd message: its code, errdefs kind, and how its message is made. */
export function defineError<A extends unknown[]>(code: string, kind: EngineErrorKind, message: (...args: A) => string): EngineErrorClass<A> {
  return class extends EngineError {
    static readonly code = code;
    constructor(...args: A) {
      super(kind, message(...args), code, args);
    }
  };
}
