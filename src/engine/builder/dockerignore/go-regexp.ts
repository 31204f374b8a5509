// Translates the Go RE2 regexps that patternmatcher builds from .dockerignore lines into JS RegExps
// with the same meaning, refusing what Go's regexp.Compile refuses. Only the syntax a pattern can
// produce matters: literals, escapes, classes, `.`, `^`, `$`, `*`, `?` and our own `(.*/)?` groups.

/** Go's regexp.Compile refused the expression. */
export class GoRegexpError extends Error {
  override readonly name = 'GoRegexpError';
}

type Range = [number, number];
const MAX_RUNE = 0x10ffff;

const POSIX: Record<string, Range[]> = {
  alnum: [[48, 57], [65, 90], [97, 122]],
  alpha: [[65, 90], [97, 122]],
  ascii: [[0, 127]],
  blank: [[9, 9], [32, 32]],
  cntrl: [[0, 31], [127, 127]],
  digit: [[48, 57]],
  graph: [[33, 126]],
  lower: [[97, 122]],
  print: [[32, 126]],
  punct: [[33, 47], [58, 64], [91, 96], [123, 126]],
  space: [[9, 13], [32, 32]],
  upper: [[65, 90]],
  word: [[48, 57], [65, 90], [95, 95], [97, 122]],
  xdigit: [[48, 57], [65, 70], [97, 102]],
};
const PERL: Record<string, Range[]> = {
  d: [[48, 57]],
  s: [[9, 10], [12, 13], [32, 32]],
  w: [[48, 57], [65, 90], [95, 95], [97, 122]],
};

function complement(ranges: Range[]): Range[] {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0]);
  const out: Range[] = [];
  let next = 0;
  for (const [lo, hi] of sorted) {
    if (lo > next) out.push([next, lo - 1]);
    next = Math.max(next, hi + 1);
  }
  if (next <= MAX_RUNE) out.push([next, MAX_RUNE]);
  return out;
}

const hex = (cp: number) => `\\u{${cp.toString(16)}}`;
const rangesToJs = (ranges: Range[]) => ranges.map(([lo, hi]) => (lo === hi ? hex(lo) : `${hex(lo)}-${hex(hi)}`)).join('');
const isAlnum = (c: string) => /^[A-Za-z0-9]$/.test(c);

/** A JS `\p{…}` for a Go Unicode class name, if JS knows it as a category or a script. */
function unicodeProperty(name: string, negated: boolean): string {
  const letter = negated ? 'P' : 'p';
  for (const candidate of [name, `Script=${name}`]) {
    try {
      new RegExp(`\\${letter}{${candidate}}`, 'u');
      return `\\${letter}{${candidate}}`;
    } catch {
      // try the next spelling
    }
  }
  throw new GoRegexpError('invalid character class range');
}

/** Reads `\p{Name}`, `\pL`, `\P…` at chars[i] (the `p`/`P` letter); returns the JS text and next index. */
function readUnicodeClass(chars: string[], i: number): { js: string; next: number } {
  let negated = chars[i] === 'P';
  let name = chars[i + 1];
  let next = i + 2;
  if (name === undefined) throw new GoRegexpError('invalid escape');
  if (name === '{') {
    const close = chars.indexOf('}', i + 2);
    if (close < 0) throw new GoRegexpError('invalid character class range');
    name = chars.slice(i + 2, close).join('');
    next = close + 1;
  }
  if (name.startsWith('^')) {
    negated = !negated;
    name = name.slice(1);
  }
  if (name === 'Any') return { js: negated ? '[^\\u{0}-\\u{10ffff}]' : '[\\u{0}-\\u{10ffff}]', next };
  return { js: unicodeProperty(name, negated), next };
}

/** Parses a single-character escape (after the backslash at chars[i]); returns its code point. */
function readEscapedChar(chars: string[], i: number): { cp: number; next: number } {
  const c = chars[i];
  if (c === undefined) throw new GoRegexpError('trailing backslash at end of expression');
  if (c >= '1' && c <= '7' && !(chars[i + 1] !== undefined && chars[i + 1]! >= '0' && chars[i + 1]! <= '7')) {
    throw new GoRegexpError('invalid escape sequence'); // a backreference, which RE2 lacks
  }
  if (c >= '0' && c <= '7') {
    let value = Number(c);
    let next = i + 1;
    for (let k = 1; k < 3 && chars[next] !== undefined && chars[next]! >= '0' && chars[next]! <= '7'; k++) {
      value = value * 8 + Number(chars[next]);
      next++;
    }
    return { cp: value, next };
  }
  if (c === 'x') {
    if (chars[i + 1] === '{') {
      const close = chars.indexOf('}', i + 2);
      const digits = close < 0 ? '' : chars.slice(i + 2, close).join('');
      if (!/^[0-9A-Fa-f]+$/.test(digits) || parseInt(digits, 16) > MAX_RUNE) throw new GoRegexpError('invalid escape');
      return { cp: parseInt(digits, 16), next: close + 1 };
    }
    const digits = chars.slice(i + 1, i + 3).join('');
    if (!/^[0-9A-Fa-f]{2}$/.test(digits)) throw new GoRegexpError('invalid escape');
    return { cp: parseInt(digits, 16), next: i + 3 };
  }
  const controls: Record<string, number> = { a: 7, f: 12, n: 10, r: 13, t: 9, v: 11 };
  if (c in controls) return { cp: controls[c]!, next: i + 1 };
  if (c.codePointAt(0)! < 0x80 && !isAlnum(c)) return { cp: c.codePointAt(0)!, next: i + 1 };
  throw new GoRegexpError('invalid escape sequence');
}

/** Parses a Go character class starting at chars[i] === '['; returns JS class text and next index. */
function readClass(chars: string[], start: number): { js: string; next: number } {
  let i = start + 1;
  let negated = false;
  if (chars[i] === '^') {
    negated = true;
    i++;
  }
  const ranges: Range[] = [];
  const props: string[] = [];
  let first = true;
  for (;;) {
    const c = chars[i];
    if (c === undefined) throw new GoRegexpError('missing closing ]');
    if (c === ']' && !first) break;
    first = false;
    if (c === '[' && chars[i + 1] === ':') {
      const close = findColonBracket(chars, i + 2);
      if (close >= 0) {
        let name = chars.slice(i + 2, close).join('');
        const neg = name.startsWith('^');
        if (neg) name = name.slice(1);
        const set = POSIX[name];
        if (!set) throw new GoRegexpError('invalid character class range');
        ranges.push(...(neg ? complement(set) : set));
        i = close + 2;
        continue;
      }
    }
    if (c === '\\' && (chars[i + 1] === 'p' || chars[i + 1] === 'P')) {
      const u = readUnicodeClass(chars, i + 1);
      props.push(u.js.startsWith('[') ? u.js.slice(1, -1) : u.js);
      i = u.next;
      continue;
    }
    if (c === '\\' && chars[i + 1] !== undefined && 'dDsSwW'.includes(chars[i + 1]!)) {
      const letter = chars[i + 1]!;
      const set = PERL[letter.toLowerCase()]!;
      ranges.push(...(letter === letter.toUpperCase() ? complement(set) : set));
      i += 2;
      continue;
    }
    const lo = readClassChar(chars, i);
    let hi = lo;
    i = lo.next;
    if (chars[i] === '-' && chars[i + 1] !== undefined && chars[i + 1] !== ']') {
      hi = readClassChar(chars, i + 1);
      i = hi.next;
      if (hi.cp < lo.cp) throw new GoRegexpError('invalid character class range');
    }
    ranges.push([lo.cp, hi.cp]);
  }
  const body = rangesToJs(ranges) + props.join('');
  const js = body === '' ? (negated ? '[\\u{0}-\\u{10ffff}]' : '[^\\u{0}-\\u{10ffff}]') : `[${negated ? '^' : ''}${body}]`;
  return { js, next: i + 1 };
}

function findColonBracket(chars: string[], from: number): number {
  for (let k = from; k + 1 < chars.length; k++) if (chars[k] === ':' && chars[k + 1] === ']') return k;
  return -1;
}

function readClassChar(chars: string[], i: number): { cp: number; next: number } {
  const c = chars[i];
  if (c === undefined) throw new GoRegexpError('missing closing ]');
  if (c === '\\') return readEscapedChar(chars, i + 1);
  return { cp: c.codePointAt(0)!, next: i + 1 };
}

/** The JS RegExp (flag `u`) equivalent to a Go regexp; throws GoRegexpError where Go would not compile it. */
export function compileGoRegexp(source: string): RegExp {
  const chars = Array.from(source);
  let js = '';
  for (let i = 0; i < chars.length; ) {
    const c = chars[i]!;
    if (c === '[') {
      const cls = readClass(chars, i);
      js += cls.js;
      i = cls.next;
    } else if (c === '\\') {
      const n = chars[i + 1];
      if (n === 'Q') {
        const stop = findQuoteEnd(chars, i + 2);
        js += chars.slice(i + 2, stop).map((ch) => hex(ch.codePointAt(0)!)).join('');
        i = stop + 2;
      } else if (n === 'A') {
        js += '^';
        i += 2;
      } else if (n === 'z') {
        js += '$';
        i += 2;
      } else if (n === 'b' || n === 'B') {
        js += `\\${n}`;
        i += 2;
      } else if (n === 'p' || n === 'P') {
        const u = readUnicodeClass(chars, i + 1);
        js += u.js.startsWith('[') ? u.js : `[${u.js}]`;
        i = u.next;
      } else if (n !== undefined && 'dDsSwW'.includes(n)) {
        const set = PERL[n.toLowerCase()]!;
        js += `[${rangesToJs(n === n.toUpperCase() ? complement(set) : set)}]`;
        i += 2;
      } else {
        const e = readEscapedChar(chars, i + 1);
        js += hex(e.cp);
        i = e.next;
      }
    } else if (c === '.') {
      js += '[^\\n]';
      i++;
    } else if (c === ']' || c === '{' || c === '}') {
      js += hex(c.codePointAt(0)!);
      i++;
    } else {
      js += c;
      i++;
    }
  }
  try {
    return new RegExp(js, 'u');
  } catch {
    throw new GoRegexpError('invalid regexp');
  }
}

/** Index of the `\E` ending a `\Q` quote, or the end of the text when there is none. */
function findQuoteEnd(chars: string[], from: number): number {
  for (let k = from; k + 1 < chars.length; k++) if (chars[k] === '\\' && chars[k + 1] === 'E') return k;
  return chars.length;
}
