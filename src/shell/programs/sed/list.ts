// GNU sed's `l` (do_list): the pattern space printed unambiguously, byte by byte as the C locale sees it.
import { encodeUtf8 } from '../../../vfs/utf8.ts';

/** GNU's default width for `l`, which -l N and the environment's COLS change. */
export const DEFAULT_LINE_LENGTH = 70;

const ESCAPES: Record<number, string> = { 7: '\\a', 8: '\\b', 9: '\\t', 10: '\\n', 11: '\\v', 12: '\\f', 13: '\\r', 92: '\\\\' };

/**
 * The listing of `text`: C escapes, octal for other unprintable and all non-ASCII bytes, `$` at the end.
 * With a width above 0 an escape is never split: a `\` and the delimiter `sep` break the line before a piece
 * that would bring it to `width` characters, so each output line holds at most width - 1 of them and the `\`.
 */
export function listing(text: string, width: number, sep: string): string {
  let out = '';
  let column = 0;
  for (const byte of encodeUtf8(text)) {
    const piece = ESCAPES[byte] ?? (byte >= 0x20 && byte < 0x7f ? String.fromCharCode(byte) : '\\' + byte.toString(8).padStart(3, '0'));
    if (width > 0 && column + piece.length >= width) {
      out += '\\' + sep;
      column = 0;
    }
    out += piece;
    column += piece.length;
  }
  return out + '$' + sep;
}

/** C's atoi, as GNU reads -l's argument and COLS: leading blanks, a sign, digits; 0 for anything else. */
export function atoi(s: string): number {
  const m = /^[ \t\n\v\f\r]*([+-]?\d+)/.exec(s);
  return m ? Number(m[1]) : 0;
}

/** GNU's width for an `l` without its own: -l N if given, else COLS less one where COLS is above 1, else 70. */
export function defaultWidth(option: string | undefined, cols: string | undefined): number {
  if (option !== undefined) return atoi(option);
  const c = cols === undefined ? 0 : atoi(cols);
  return c > 1 ? c - 1 : DEFAULT_LINE_LENGTH;
}
