// The errors BuildKit's shell lexer reports while expanding Dockerfile words (`${VAR:?msg}`, bad `${}`).

/** An expansion failure; `message` is BuildKit's text, `inner` the part after `failed to process "…": `. */
export class ShellLexError extends Error {
  readonly code = 'SHELL_LEX';
  constructor(
    readonly inner: string,
    readonly source?: string,
  ) {
    super(inner);
    this.name = 'ShellLexError';
  }
}
