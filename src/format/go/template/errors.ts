// The one error type the template package throws: parse and execution errors in Go's words.

/** A text/template parse or execution error; `message` is Go's (`template: :1: ...`). */
export class TemplateError extends Error {
  constructor(
    message: string,
    readonly code: 'TEMPLATE_PARSE' | 'TEMPLATE_EXEC',
  ) {
    super(message);
    this.name = 'TemplateError';
  }
}
