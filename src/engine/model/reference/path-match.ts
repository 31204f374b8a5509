// Go's path.Match (the shell-style glob of `docker images --filter reference=…` and of .dockerignore
// syntax checks). Works on code points, as Go's matcher works on runes.

/** Go's path.ErrBadPattern, thrown for a malformed glob. */
export class BadPatternError extends Error {
  override readonly name = 'BadPatternError';
  readonly code = 'bad-pattern';
  readonly pattern: string;
  constructor(pattern: string) {
    super('syntax error in pattern');
    this.pattern = pattern;
  }
}

type Chars = readonly string[];

/** Splits off the next chunk: leading stars, then text up to the next `*` outside brackets. */
function scanChunk(pattern: Chars): { star: boolean; chunk: Chars; rest: Chars } {
  let start = 0;
  while (start < pattern.length && pattern[start] === '*') start++;
  let inRange = false;
  let i = start;
  for (; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '\\') {
      if (i + 1 < pattern.length) i++;
    } else if (c === '[') inRange = true;
    else if (c === ']') inRange = false;
    else if (c === '*' && !inRange) break;
  }
  return { star: start > 0, chunk: pattern.slice(start, i), rest: pattern.slice(i) };
}

/** One bracket-expression endpoint, honouring `\` escapes; refuses `-`, `]` and a missing end. */
function classChar(chunk: Chars, at: number, pattern: string): { char: string; next: number } {
  let i = at;
  if (i >= chunk.length || chunk[i] === '-' || chunk[i] === ']') throw new BadPatternError(pattern);
  if (chunk[i] === '\\') {
    i++;
    if (i >= chunk.length) throw new BadPatternError(pattern);
  }
  const char = chunk[i] as string;
  if (i + 1 >= chunk.length) throw new BadPatternError(pattern);
  return { char, next: i + 1 };
}

/** Matches one chunk at the start of `name`; keeps checking syntax after a mismatch, as Go does. */
function matchChunk(chunk: Chars, name: Chars, pattern: string): Chars | null {
  let failed = false;
  let s = 0;
  let c = 0;
  while (c < chunk.length) {
    if (!failed && s >= name.length) failed = true;
    const ch = chunk[c];
    if (ch === '[') {
      const r = failed ? '' : (name[s++] as string);
      c++;
      let negated = false;
      if (c < chunk.length && chunk[c] === '^') {
        negated = true;
        c++;
      }
      let matched = false;
      let ranges = 0;
      for (;;) {
        if (c < chunk.length && chunk[c] === ']' && ranges > 0) {
          c++;
          break;
        }
        const lo = classChar(chunk, c, pattern);
        let hi = lo;
        c = lo.next;
        if (chunk[c] === '-') {
          hi = classChar(chunk, c + 1, pattern);
          c = hi.next;
        }
        const cp = r === '' ? -1 : (r.codePointAt(0) as number);
        if ((lo.char.codePointAt(0) as number) <= cp && cp <= (hi.char.codePointAt(0) as number)) matched = true;
        ranges++;
      }
      if (matched === negated) failed = true;
    } else if (ch === '?') {
      if (!failed) {
        if (name[s] === '/') failed = true;
        s++;
      }
      c++;
    } else if (ch === '\\') {
      c++;
      if (c >= chunk.length) throw new BadPatternError(pattern);
      if (!failed) {
        if (chunk[c] !== name[s]) failed = true;
        s++;
      }
      c++;
    } else {
      if (!failed) {
        if (ch !== name[s]) failed = true;
        s++;
      }
      c++;
    }
  }
  return failed ? null : name.slice(s);
}

/** Go's path.Match: does `name` match the glob `pattern` (`*`, `?`, `[...]`, `\`)? Throws BadPatternError. */
export function goPathMatch(pattern: string, name: string): boolean {
  let rest: Chars = Array.from(pattern);
  let target: Chars = Array.from(name);
  outer: while (rest.length > 0) {
    const scanned = scanChunk(rest);
    rest = scanned.rest;
    const { star, chunk } = scanned;
    if (star && chunk.length === 0) return !target.includes('/');
    const t = matchChunk(chunk, target, pattern);
    if (t !== null && (t.length === 0 || rest.length > 0)) {
      target = t;
      continue;
    }
    if (star) {
      for (let i = 0; i < target.length && target[i] !== '/'; i++) {
        const skipped = matchChunk(chunk, target.slice(i + 1), pattern);
        if (skipped !== null) {
          if (rest.length === 0 && skipped.length > 0) continue;
          target = skipped;
          continue outer;
        }
      }
    }
    // Before answering no, make sure the rest of the pattern is well formed.
    while (rest.length > 0) {
      const next = scanChunk(rest);
      rest = next.rest;
      matchChunk(next.chunk, [], pattern);
    }
    return false;
  }
  return target.length === 0;
}
