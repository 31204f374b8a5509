// Errors of the Dockerfile parser, with BuildKit's message texts and line locations.

/** A parse failure: `message` is BuildKit's text; lines are the location BuildKit attaches (1-based). */
export class DockerfileParseError extends Error {
  readonly code = 'DOCKERFILE_PARSE';
  constructor(
    message: string,
    readonly startLine: number,
    readonly endLine: number = startLine,
  ) {
    super(message);
    this.name = 'DockerfileParseError';
  }
}

/** An argument-parsing failure before a line number is known; the parser adds the location. */
export class LineParseError extends Error {
  readonly code = 'DOCKERFILE_LINE';
  constructor(message: string) {
    super(message);
    this.name = 'LineParseError';
  }
}
