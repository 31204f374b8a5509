// What sed's parser makes of a script: addresses, commands, and the error a bad script gets, in GNU's
// and busybox's words. Apart from the parser (script.ts), so the readers of its parts (address, text,
// labels, files, regexes) and the runner share them without importing the parser.

/** A text as read so far: its raw characters, and whether it ended on a backslash at its piece's end. */
export interface RawText {
  raw: string;
  open: boolean;
}

/** A line address: a number, GNU's first~step, `$`, /re/, or after a comma +N and GNU's ~N. */
export type Addr =
  | { kind: 'line'; n: number }
  | { kind: 'step'; first: number; step: number }
  | { kind: 'plus' | 'multiple'; n: number }
  | { kind: 'last' }
  | { kind: 're'; re: RegExp };

/** One parsed command with its addresses. */
export interface Command {
  a1?: Addr;
  a2?: Addr;
  negate: boolean;
  name: string;
  re?: RegExp;
  replacement?: string;
  /** GNU's \\U \\L \\u \\l \\E in the replacement (busybox takes them as plain letters). */
  caseConv?: boolean;
  global?: boolean;
  nth?: number;
  print?: boolean;
  /** The text of a, i, c: GNU's ends with its newline, busybox's does not. */
  text?: string;
  /** The text as read, until the whole script is. */
  rawText?: RawText;
  from?: string;
  to?: string;
  end?: number; // index of the matching `}` for `{`
  /** Where a `{` is in its piece's text, and (GNU) the piece's words for it in an error. */
  at?: number;
  origin?: string;
  /** GNU's `l N`: the width of this listing (undefined for the default, 0 for no wrapping). */
  width?: number;
  /** A `:` label's name, or the label a b, t or T jumps to (undefined: the script's end). */
  label?: string;
  /** The index of the jump's label once resolved. */
  target?: number;
  /** The file of r, R, w, W or s///w. */
  file?: string;
  /** GNU's q and Q exit status. */
  status?: number;
  inRange?: boolean;
  /** The last line number of a range whose end is a line number, +N or ~N. */
  rangeEnd?: number;
}

/** A script error: GNU reports the expression number and character, busybox a short message. */
export class SedError extends Error {
  constructor(
    readonly gnu: string,
    readonly busybox: string,
    readonly at: number,
  ) {
    super(gnu);
  }
}
