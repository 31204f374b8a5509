// One .dockerignore pattern compiled the way moby/patternmatcher does it: an exact, prefix (`dir/**`)
// or suffix (`**/name`) test when that suffices, else a regexp where `*` and `?` stop at `/`.
import { BadPatternError } from '../../model/reference/path-match.ts';
import { GoRegexpError, compileGoRegexp } from './go-regexp.ts';

/** How a pattern is tested against a path. */
export type MatchType = 'exactMatch' | 'prefixMatch' | 'suffixMatch' | 'regexpMatch';

/** A compiled pattern: its kind, the Go regexp patternmatcher builds (regexpMatch only) and ours. */
export interface CompiledPattern {
  readonly matchType: MatchType;
  readonly goRegexp: string;
  readonly regexp: RegExp | null;
}

// Regexp metacharacters with no meaning in a glob, escaped so they match themselves.
const ESCAPED = new Set(['.', '+', '(', ')', '|', '{', '}', '$']);

/** Compiles a cleaned pattern (no `!`); throws BadPatternError (`syntax error in pattern`) if Go would. */
export function compilePattern(cleaned: string): CompiledPattern {
  const chars = Array.from(cleaned);
  let reg = '^';
  let type: MatchType = 'exactMatch';
  for (let pos = 0, step = 0; pos < chars.length; step++) {
    const ch = chars[pos++];
    if (ch === '*') {
      if (chars[pos] === '*') {
        pos++;
        if (chars[pos] === '/') pos++; // `**/` is the same as `**`
        if (pos >= chars.length) {
          // A trailing `**` matches everything below, like .gitignore.
          if (type === 'exactMatch') type = 'prefixMatch';
          else {
            reg += '.*';
            type = 'regexpMatch';
          }
        } else {
          reg += '(.*/)?';
          type = 'regexpMatch';
        }
        if (step === 0) type = 'suffixMatch';
      } else {
        reg += '[^/]*';
        type = 'regexpMatch';
      }
    } else if (ch === '?') {
      reg += '[^/]';
      type = 'regexpMatch';
    } else if (ESCAPED.has(ch as string)) {
      reg += `\\${ch}`;
    } else if (ch === '\\') {
      if (pos < chars.length) {
        reg += `\\${chars[pos++]}`;
        type = 'regexpMatch';
      } else reg += '\\';
    } else if (ch === '[' || ch === ']') {
      reg += ch;
      type = 'regexpMatch';
    } else reg += ch;
  }
  if (type !== 'regexpMatch') return { matchType: type, goRegexp: '', regexp: null };
  reg += '$';
  try {
    return { matchType: type, goRegexp: reg, regexp: compileGoRegexp(reg) };
  } catch (error) {
    if (error instanceof GoRegexpError) throw new BadPatternError(cleaned);
    throw error;
  }
}

/** Tests a slash path against a compiled pattern (patternmatcher's Pattern.match). */
export function matchCompiled(compiled: CompiledPattern, cleaned: string, path: string): boolean {
  switch (compiled.matchType) {
    case 'exactMatch':
      return path === cleaned;
    case 'prefixMatch':
      return path.startsWith(cleaned.slice(0, -2));
    case 'suffixMatch': {
      const suffix = cleaned.slice(2);
      if (path.endsWith(suffix)) return true;
      return suffix.startsWith('/') && path === suffix.slice(1);
    }
    case 'regexpMatch':
      return (compiled.regexp as RegExp).test(path);
  }
}
