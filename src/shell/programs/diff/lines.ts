// A compared file's text as diff sees it: its lines (the last may lack its newline), whether it is binary,
// and equivalence classes under -i, -b, -w, so that lines equal under the options compare equal.

/** A file's lines and whether its last line ends without a newline. */
export interface Text {
  lines: string[];
  noEol: boolean;
}

/** The lines of `text` (GNU and busybox both print "\ No newline at end of file" after an unterminated last line). */
export function toText(text: string): Text {
  const lines = text.split('\n');
  const noEol = lines[lines.length - 1] !== '';
  if (!noEol) lines.pop();
  return { lines, noEol };
}

/** Whether bytes look binary to diff: a NUL in them (both tools look at the first buffer; files here are small). */
export function isBinary(bytes: Uint8Array): boolean {
  return bytes.includes(0);
}

/** How lines are compared. */
export interface Ignore {
  case: boolean;
  allSpace: boolean;
  spaceChange: boolean;
}

/** A line's comparison key under the ignore options. */
function key(line: string, ig: Ignore): string {
  let k = line;
  if (ig.allSpace) k = k.replace(/[ \t\v\f\r]+/g, '');
  else if (ig.spaceChange) k = k.replace(/[ \t\v\f\r]+/g, ' ').replace(/ $/, '');
  return ig.case ? k.toLowerCase() : k;
}

/** Equivalence classes of both files' lines; an unterminated last line differs from the same text with its newline, as in GNU. */
export function classes(a: Text, b: Text, ig: Ignore): { a: Int32Array; b: Int32Array; count: number } {
  const ids = new Map<string, number>();
  const of = (t: Text) =>
    Int32Array.from(t.lines, (l, i) => {
      const k = key(l, ig) + (t.noEol && i === t.lines.length - 1 && !ig.allSpace && !ig.spaceChange ? '\0noeol' : '');
      let id = ids.get(k);
      if (id === undefined) ids.set(k, (id = ids.size));
      return id;
    });
  const ca = of(a);
  const cb = of(b);
  return { a: ca, b: cb, count: ids.size };
}

/** Whether line i of `a` and line j of `b` are the same bytes, an unterminated last line differing from a terminated one. */
export function sameLine(a: Text, b: Text): (i: number, j: number) => boolean {
  const eol = (t: Text, i: number) => !(t.noEol && i === t.lines.length - 1);
  return (i, j) => a.lines[i] === b.lines[j] && eol(a, i) === eol(b, j);
}
