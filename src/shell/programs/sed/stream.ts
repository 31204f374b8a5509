// sed's input as lines, each with what ended it: output puts that back (or holds it back), so a last line
// without a newline stays without one. GNU's lines end at its delimiter (a newline, a NUL under -z);
// busybox's reader ends a line at a newline or at a NUL, whatever the options.
import type { Flavour } from '../util.ts';

/** busybox's mark for a NUL that was its file's last byte: printed back, the next output starts a new line. */
export const FINAL_NUL = 'final-nul';

/** What ended a line: its terminator, '' for a file's last line without one, or busybox's FINAL_NUL. */
export type End = string;

/** The input as lines, each with what ended it. */
export interface Stream {
  lines: string[];
  ends: End[];
  /** The name of each line's file, for GNU's F (`-` for standard input). */
  names?: string[];
}

/** Reads the input files' texts as one stream; `sep` is GNU's delimiter (busybox's reader takes both). */
export function toStream(texts: string[], flavour: Flavour, sep: string, names: string[] = []): Stream {
  const s: Stream = { lines: [], ends: [], names: [] };
  const ending = flavour === 'busybox' ? /[\n\0]/g : sep === '\0' ? /\0/g : /\n/g;
  texts.forEach((text, k) => {
    addText(s, text, ending, flavour === 'busybox');
    while (s.names!.length < s.lines.length) s.names!.push(names[k] ?? '-');
  });
  return s;
}

// One file's lines onto the stream: each file ends its own last line, terminated or not (GNU reads a file
// after one without a final newline as new lines, and prints the newline it lacked when more output comes).
function addText(s: Stream, text: string, ending: RegExp, busybox: boolean): void {
  ending.lastIndex = 0;
  let from = 0;
  for (let m = ending.exec(text); m; m = ending.exec(text)) {
    s.lines.push(text.slice(from, m.index));
    s.ends.push(busybox && m[0] === '\0' && m.index === text.length - 1 ? FINAL_NUL : m[0]);
    from = m.index + 1;
  }
  if (from < text.length) {
    s.lines.push(text.slice(from));
    s.ends.push('');
  }
}
