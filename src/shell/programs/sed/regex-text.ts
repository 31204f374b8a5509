// The delimited pieces of s, y and address regexes, and their compilation to JavaScript.
import { posixToJs, RegexError } from '../regex.ts';
import { SedError } from './command.ts';

/** An empty regex: the last regex used when it runs, in both seds. */
export const LAST_REGEX = /(?:)/gs;

/** Compiles a POSIX regex (the empty one is LAST_REGEX); both seds' `.` matches any character of the pattern space, a newline (after N, or under -z) or a carriage return too: JS's `.` needs the s flag for those. */
export function compileRegex(src: string, extended: boolean, icase: boolean): RegExp {
  if (src === '') return LAST_REGEX;
  try {
    return new RegExp(posixToJs(src, extended), icase ? 'gis' : 'gs');
  } catch (e) {
    const msg = e instanceof RegexError ? e.message : 'Invalid regular expression';
    throw new SedError(msg, `bad regex '${src}': ${msg}`, -1);
  }
}

/** Reads a delimited piece starting after the delimiter at `i`; `\delim` becomes delim, a `\n` becomes a newline. */
export function delimited(s: string, i: number, delim: string, isRegex: boolean): { text: string; next: number } | null {
  let out = '';
  for (let j = i; j < s.length; j++) {
    const c = s[j];
    if (c === '\\' && j + 1 < s.length) {
      const n = s[j + 1];
      if (n === delim) out += delim === '&' && !isRegex ? '\\&' : delim;
      else if (n === 'n' && isRegex) out += '\\n';
      else out += c + n;
      j++;
      continue;
    }
    if (c === '[' && isRegex) {
      const close = s.indexOf(']', j + (s[j + 1] === '^' ? 3 : 2));
      if (close > 0) {
        out += s.slice(j, close + 1);
        j = close;
        continue;
      }
    }
    if (c === delim) return { text: out, next: j + 1 };
    out += c;
  }
  return null;
}
