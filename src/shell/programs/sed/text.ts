// The text of a, i and c, each flavour's way. GNU (read_text): after blanks, either `\` and the text on the
// following lines, or (its one-liner) the text from the first non-blank; a backslash before a newline goes
// on to the next line. busybox: the script's lines are glued at an odd run of trailing backslashes, and
// the text is the rest of the glued line after blanks and one `\` or newline. A text can go on into the
// next -e piece when its piece ends on a backslash.
import { busyboxTextEscapes, gnuTextEscapes } from './escapes.ts';
import { SedError, type Command, type RawText } from './command.ts';


/** Reads the text of an a, i or c whose letter ends before `i`; returns it and where the command ends. */
export function readText(script: string, i: number, gnu: boolean): { text: RawText; next: number } {
  return gnu ? gnuText(script, i) : busyboxText(script, i);
}

/** Reads the lines that go on with a text left open by the piece before. */
export function continueText(script: string, gnu: boolean): { raw: string; open: boolean; next: number } {
  return gnu ? gnuBody(script, 0) : busyboxLine(script, 0);
}

/** Sets each a, i, c command's text from what was read: GNU's ends with its newline, busybox's without. */
export function finishText(c: Command, gnu: boolean): void {
  const t = c.rawText;
  if (!t) return;
  // GNU: a text that ended on a backslash with no piece after it keeps its backslashes as they were.
  if (gnu) c.text = t.open ? t.raw : gnuTextEscapes(t.raw);
  else c.text = busyboxTextEscapes(t.raw);
}

function gnuText(s: string, i: number): { text: RawText; next: number } {
  while (s[i] === ' ' || s[i] === '\t') i++;
  if (i >= s.length) throw new SedError("expected \\ after `a', `c' or `i'", '', i);
  let lead = '';
  if (s[i] === '\\') {
    i++;
    if (i >= s.length) return { text: { raw: '', open: true }, next: i };
    if (s[i] !== '\n') lead = s[i];
    i++;
  }
  const body = gnuBody(s, i);
  return { text: { raw: lead + body.raw, open: body.open }, next: body.next };
}

// GNU's text up to an unescaped newline, with its backslash pairs kept for the escapes; a backslash at the
// end leaves it open.
function gnuBody(s: string, i: number): { raw: string; open: boolean; next: number } {
  let raw = '';
  for (; i < s.length && s[i] !== '\n'; i++) {
    if (s[i] === '\\') {
      if (++i >= s.length) return { raw: raw + '\n', open: true, next: i };
      raw += '\\';
    }
    raw += s[i];
  }
  return { raw: raw + '\n', open: false, next: i };
}

function busyboxText(s: string, i: number): { text: RawText; next: number } {
  const line = busyboxLine(s, i);
  let raw = line.raw;
  let k = 0;
  for (; k < raw.length; k++) {
    if (raw[k] === '\n' || raw[k] === '\\') {
      k++;
      break;
    }
    if (!/\s/.test(raw[k])) break;
  }
  raw = raw.slice(k);
  return { text: { raw, open: line.open }, next: line.next };
}

// busybox's glued line from `i`: a line ending in an odd run of backslashes loses the last and goes on after
// a newline; at the piece's end it stays open for the next piece.
function busyboxLine(s: string, i: number): { raw: string; open: boolean; next: number } {
  let raw = '';
  for (;;) {
    const nl = s.indexOf('\n', i);
    const end = nl < 0 ? s.length : nl;
    const line = s.slice(i, end);
    const run = /\\*$/.exec(line)![0].length;
    if (run % 2 === 0) return { raw: raw + line, open: false, next: end };
    raw += line.slice(0, -1) + '\n';
    if (nl < 0) return { raw, open: true, next: end };
    i = nl + 1;
  }
}
