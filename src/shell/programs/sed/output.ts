// sed's output, with each flavour's way with a line whose input had no terminator: GNU holds the delimiter
// back and writes it before any later output (output_missing_newline), so `sed -n p` keeps a last line
// unterminated; busybox remembers the last character it wrote and starts a new line before more output
// when that was neither a newline nor a NUL (puts_maybe_newline).
import type { Flavour } from '../util.ts';
import { FINAL_NUL, type End } from './stream.ts';

/** Where a sed run writes. */
export interface Output {
  /** A line of text ended as `end` says ('' for none). */
  line(text: string, end: End): void;
  /** Text as it is: GNU's `=` and `l` (after a delimiter owed), busybox's `=` (heedless of what came before). */
  raw(text: string): void;
  /** An a text (GNU's with its newline, busybox's without) or GNU's R line, when the cycle is over. */
  appended(text: string): void;
  /** What was written since the last take. */
  take(): string;
}

/** An empty output; `sep` is GNU's delimiter (a newline, or NUL under -z). */
export function makeOutput(flavour: Flavour, sep: string): Output {
  return flavour === 'gnu' ? new GnuOutput(sep) : new BusyboxOutput();
}

// GNU's output_line: a line's delimiter is always sep, whatever ended the line; a line read without one
// leaves it owed.
class GnuOutput implements Output {
  private text = '';
  private owed = false;

  constructor(private readonly sep: string) {}

  line(text: string, end: End): void {
    this.raw(text);
    if (end === '') this.owed = true;
    else this.text += this.sep;
  }

  raw(text: string): void {
    if (this.owed) this.text += this.sep;
    this.owed = false;
    this.text += text;
  }

  // GNU keeps the newline that ended a's text, even under -z.
  appended(text: string): void {
    this.raw(text);
  }

  take(): string {
    const t = this.text;
    this.text = '';
    return t;
  }
}

// busybox's puts_maybe_newline: each line is put back with what ended it; the last character written
// decides whether a newline goes first.
class BusyboxOutput implements Output {
  private text = '';
  private last = '\n';

  line(text: string, end: End): void {
    if (this.last !== '\n' && this.last !== '\0') {
      this.text += '\n';
      this.last = '\n';
    }
    this.text += text;
    if (text !== '') this.last = 'x';
    // A file's final NUL is written back, but counts as no line end: more output starts a new line.
    if (end === FINAL_NUL) {
      this.text += '\0';
      this.last = 'x';
    } else if (end !== '') {
      this.text += end;
      this.last = end;
    }
  }

  raw(text: string): void {
    this.text += text;
  }

  // busybox ends an appended text with a newline even when the line it follows had none.
  appended(text: string): void {
    this.line(text, '\n');
  }

  take(): string {
    const t = this.text;
    this.text = '';
    return t;
  }
}
