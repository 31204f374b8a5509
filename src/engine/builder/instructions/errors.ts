// Errors of the instruction pass, with BuildKit's texts and the line of the failing instruction.

/** A failed instruction: `message` is BuildKit's inner text; `line` the instruction's first line. */
export class InstructionError extends Error {
  readonly code = 'DOCKERFILE_INSTRUCTION';
  constructor(
    message: string,
    readonly line: number,
    readonly endLine: number = line,
    /** False for errors BuildKit reports without the `dockerfile parse error` prefix (no stage yet). */
    readonly prefixed: boolean = true,
  ) {
    super(message);
    this.name = 'InstructionError';
  }

  /** As a build reports it: `dockerfile parse error on line 3: unknown instruction: RUNN (did you mean RUN?)`. */
  get buildMessage(): string {
    return this.prefixed ? `dockerfile parse error on line ${this.line}: ${this.message}` : this.message;
  }
}

/** An error raised while reading arguments; the instruction pass adds the line. */
export class ArgumentError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ArgumentError';
  }
}

export const errAtLeastOneArgument = (cmd: string) => new ArgumentError(`${cmd} requires at least one argument`);
export const errExactlyOneArgument = (cmd: string) => new ArgumentError(`${cmd} requires exactly one argument`);
export const errNoDestinationArgument = (cmd: string) =>
  new ArgumentError(`${cmd} requires at least two arguments, but only one was provided. Destination could not be determined`);
export const errBlankCommandNames = (cmd: string) => new ArgumentError(`${cmd} names can not be blank`);
export const errTooManyArguments = (cmd: string) => new ArgumentError(`Bad input to ${cmd}, too many arguments`);
export const errNotJSON = (cmd: string) => new ArgumentError(`${cmd} requires the arguments to be in JSON form`);
export const errBadHeredoc = (cmd: string, option: string) =>
  new ArgumentError(`${cmd} cannot accept a heredoc as ${option}`);
