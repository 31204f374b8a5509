// Control flow and failures inside the interpreter, as exceptions carrying what the shell reports.

/** The input ends in the middle of a construct: the terminal should show `> ` and send more. */
export class Incomplete extends Error {
  /** The line where an unclosed quote began (bash names it). */
  line?: number;
  constructor(readonly expecting: string) {
    super(`incomplete: ${expecting}`);
  }
}

/** A syntax error; `token` is the offending token (or 'newline' / 'end of file'). */
export class ShellSyntaxError extends Error {
  /** The line the offending token is on. */
  line?: number;
  constructor(
    readonly token: string,
    readonly detail?: string,
    /** A line bash prints first (`syntax error in conditional expression`). */
    readonly preface?: string,
    /** The token is a redirection operator where a word was wanted (ash: `unexpected redirection`). */
    readonly redirection = false,
  ) {
    super(`syntax error near ${token}`);
  }
}

/** `exit [n]` (or `set -e` tripping): unwinds to the top and ends the shell. */
export class ExitSignal {
  constructor(readonly code: number) {}
}

/** A special builtin's fatal error in an interactive ash or dash (a syntax error in `eval`): the rest of the line is dropped. */
export class LineAborted {
  constructor(readonly code: number) {}
}

/** `return [n]` inside a function or sourced script. */
export class ReturnSignal {
  constructor(readonly code: number) {}
}

/** `break [n]` / `continue [n]`. */
export class LoopSignal {
  constructor(
    readonly kind: 'break' | 'continue',
    public levels: number,
  ) {}
}

/** A fatal expansion error (`${x:?msg}`, bad arithmetic): the command fails and a non-interactive shell stops. */
export class ExpansionError {
  constructor(
    readonly message: string,
    readonly code: number,
    /** The status a non-interactive shell exits with (default: bash 127, ash 2). */
    readonly exitStatus?: number,
  ) {}
}

/** Arithmetic that refers to itself (`x=x+1; echo $((x))`); `token` is the value that recursed. */
export class ArithRecursion {
  constructor(readonly token: string) {}
}

/** A string or file would pass the memory cap (a doubling string, a huge `seq` in a pipe): bash's xrealloc failure. */
export class MemoryExceeded {
  constructor(readonly bytes: number) {}
}

/** The per-line step budget ran out (a runaway loop): see STEP_BUDGET in interpreter/budget.ts. */
export class BudgetExceeded {}

/** Ctrl-C: the signal was aborted. */
export class Interrupted {}
