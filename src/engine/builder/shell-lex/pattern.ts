// Shell patterns of `${VAR#pat}`, `${VAR%pat}` and `${VAR/pat/repl}`: `*`, `?` and `\` escapes, no brackets.
import { ShellLexError } from './errors.ts';

const REGEX_SPECIALS = new Set(['[', ']', '{', '}', '.', '+', '(', ')', '|', '^', '$']);

/** A converted pattern: the Go regexp source BuildKit builds, and an equivalent JS RegExp. */
export interface ShellPatternRegex {
  goSource: string;
  regex: RegExp;
}

/** convertShellPatternToRegex: `*` → `.*` (or `.*?`), `?` → `.`, `\*` `\?` `\\` literal; other `\x` is an error. */
export function convertShellPatternToRegex(pattern: string, greedy: boolean, anchored: boolean): ShellPatternRegex {
  const chars = Array.from(pattern);
  let go = anchored ? '^' : '';
  let js = go;
  // Go's `.` stops at \n only; JS's would also stop at \r and U+2028/9.
  const anyChar = '[^\\n]';
  for (let i = 0; i < chars.length; i++) {
    const tok = chars[i];
    if (tok === '*') {
      go += greedy ? '.*' : '.*?';
      js += anyChar + (greedy ? '*' : '*?');
      continue;
    }
    if (tok === '?') {
      go += '.';
      js += anyChar;
      continue;
    }
    if (tok === '\\') {
      const peek = chars[i + 1];
      // `}` and `/` are escaped only to get them through `${…}`; the escape is not part of the pattern.
      if (peek === '}' || peek === '/') continue;
      i++;
      const next = chars[i];
      if (next !== '*' && next !== '?' && next !== '\\') {
        throw new ShellLexError(`invalid escape '\\${next ?? '\ufffd'}'`);
      }
      go += '\\' + next;
      js += '\\' + next;
      continue;
    }
    if (REGEX_SPECIALS.has(tok)) {
      go += '\\' + tok;
      js += '\\' + tok;
      continue;
    }
    go += tok;
    js += tok;
  }
  return { goSource: go, regex: new RegExp(js, 'gu') };
}

function compile(pattern: string, greedy: boolean, anchored: boolean): RegExp {
  try {
    return convertShellPatternToRegex(pattern, greedy, anchored).regex;
  } catch (err) {
    if (err instanceof ShellLexError) {
      throw new ShellLexError(`invalid pattern (${pattern}) in substitution: ${err.inner}`);
    }
    throw err;
  }
}

function firstMatch(regex: RegExp, value: string): [number, number] | null {
  regex.lastIndex = 0;
  const m = regex.exec(value);
  return m ? [m.index, m.index + m[0].length] : null;
}

/** `${VAR#pat}` / `${VAR##pat}`: drop the shortest / longest matching prefix. */
export function trimPrefix(pattern: string, value: string, greedy: boolean): string {
  const match = firstMatch(compile(pattern, greedy, true), value);
  return match ? value.slice(match[1]) : value;
}

function reversePattern(pattern: string): string {
  const chars = Array.from(pattern);
  const out: string[] = new Array(chars.length);
  const last = chars.length - 1;
  for (let i = 0; i <= last; ) {
    const outIdx = last - i;
    if (chars[i] === '\\' && i !== last) {
      // keep an escape in front of what it escapes once reversed: a\*c → c\*a
      out[outIdx - 1] = chars[i];
      out[outIdx] = chars[i + 1];
      i += 2;
    } else {
      out[outIdx] = chars[i];
      i++;
    }
  }
  return out.join('');
}

const reverseString = (value: string): string => Array.from(value).reverse().join('');

/** `${VAR%pat}` / `${VAR%%pat}`: drop the shortest / longest matching suffix (by reversing both sides). */
export function trimSuffix(pattern: string, value: string, greedy: boolean): string {
  return reverseString(trimPrefix(reversePattern(pattern), reverseString(value), greedy));
}

// Go's Regexp.Expand on a template: `$$`, `$0`/`${0}` (the match); other names have no group and expand to "".
function expandTemplate(template: string, match: string): string {
  let out = '';
  for (let i = 0; i < template.length; i++) {
    const ch = template[i];
    if (ch !== '$') {
      out += ch;
      continue;
    }
    const rest = template.slice(i + 1);
    if (rest.startsWith('$')) {
      out += '$';
      i++;
      continue;
    }
    const braced = /^\{([A-Za-z0-9_]+)\}/.exec(rest);
    const bare = /^[A-Za-z0-9_]+/.exec(rest);
    const name = braced ? braced[1] : bare ? bare[0] : null;
    if (name === null) {
      out += '$';
      continue;
    }
    if (/^[0-9]+$/.test(name) && Number(name) === 0) out += match;
    i += braced ? braced[0].length : name.length;
  }
  return out;
}

/** `${VAR/pat/repl}` (first match, literal replacement) and `${VAR//pat/repl}` (Go ReplaceAllString). */
export function replacePattern(pattern: string, value: string, replacement: string, all: boolean): string {
  const regex = compile(pattern, true, false);
  if (!all) {
    const match = firstMatch(regex, value);
    return match ? value.slice(0, match[0]) + replacement + value.slice(match[1]) : value;
  }
  let out = '';
  let lastMatchEnd = 0;
  let searchPos = 0;
  while (searchPos <= value.length) {
    regex.lastIndex = searchPos;
    const m = regex.exec(value);
    if (!m) break;
    const start = m.index;
    const end = start + m[0].length;
    out += value.slice(lastMatchEnd, start);
    // Go ignores an empty match that abuts the previous match.
    if (end > lastMatchEnd || start === 0) out += expandTemplate(replacement, m[0]);
    lastMatchEnd = end;
    const cp = value.codePointAt(searchPos);
    const width = cp !== undefined && cp > 0xffff ? 2 : 1;
    if (searchPos + width > end) searchPos += width;
    else if (searchPos + 1 > end) searchPos++;
    else searchPos = end;
  }
  return out + value.slice(lastMatchEnd);
}
