// moby/patternmatcher's PatternMatcher: ordered patterns where a later line overrides an earlier one
// and `!` re-includes; a path is excluded when it or one of its parent directories matches.
import { BadPatternError, goPathMatch } from '../../model/reference/path-match.ts';
import { cleanPath, dirPath } from './clean.ts';
import { compilePattern, matchCompiled } from './pattern.ts';
import { trimSpace } from './read.ts';
import type { CompiledPattern } from './pattern.ts';

/** A pattern list Docker refuses; `.message` is patternmatcher's text. */
export class IllegalPatternError extends Error {
  override readonly name = 'IllegalPatternError';
  readonly code = 'bare-exclusion';
  constructor() {
    super('illegal exclusion pattern: "!"');
  }
}

/** One pattern of a matcher: its cleaned text, whether it is a `!` exception, and its parts. */
export class IgnorePattern {
  readonly cleaned: string;
  readonly exclusion: boolean;
  readonly dirs: readonly string[];
  private compiled: CompiledPattern | null = null;
  private broken = false;

  constructor(cleaned: string, exclusion: boolean) {
    this.cleaned = cleaned;
    this.exclusion = exclusion;
    this.dirs = cleaned.split('/');
  }

  /** Does this pattern match the slash path? Compiles lazily; throws BadPatternError like Go. */
  matches(path: string): boolean {
    if (this.compiled === null) {
      if (this.broken) throw new BadPatternError(this.cleaned);
      try {
        this.compiled = compilePattern(this.cleaned);
      } catch (error) {
        this.broken = error instanceof BadPatternError;
        throw error;
      }
    }
    return matchCompiled(this.compiled, this.cleaned, path);
  }

  /** Like matches, but an invalid pattern simply does not match (Go drops that error for parents). */
  matchesQuietly(path: string): boolean {
    try {
      return this.matches(path);
    } catch (error) {
      if (error instanceof BadPatternError) return false;
      throw error;
    }
  }
}

/** Per-pattern results for a directory, passed down to its children (patternmatcher.MatchInfo). */
export interface MatchInfo {
  readonly parentMatched: readonly boolean[];
}

/** The parent directories of a path, shortest first: `a/b/c` → [`a`, `a/b`]; none for a top-level path. */
function parentPrefixes(path: string): string[] {
  const parent = dirPath(path);
  if (parent === '.') return [];
  const parts = parent.split('/');
  return parts.map((_, i) => parts.slice(0, i + 1).join('/'));
}

/** Compiled .dockerignore patterns with patternmatcher's matching rules. */
export class PatternMatcher {
  readonly patterns: readonly IgnorePattern[];
  /** True when any pattern is a `!` exception. */
  readonly exclusions: boolean;

  /** Builds a matcher like patternmatcher.New: trims, cleans, checks syntax; throws on a bare `!`. */
  constructor(patterns: readonly string[]) {
    const list: IgnorePattern[] = [];
    for (const raw of patterns) {
      let text = trimSpace(raw);
      if (text === '') continue;
      text = cleanPath(text);
      let exclusion = false;
      if (text.startsWith('!')) {
        if (text.length === 1) throw new IllegalPatternError();
        exclusion = true;
        text = text.slice(1);
      }
      goPathMatch(text, '.'); // only for its syntax error, as patternmatcher does
      list.push(new IgnorePattern(text, exclusion));
    }
    this.patterns = list;
    this.exclusions = list.some((p) => p.exclusion);
  }

  /** Is the slash path excluded, counting a match on any parent directory (MatchesOrParentMatches)? */
  matchesOrParentMatches(file: string): boolean {
    const parents = parentPrefixes(file);
    let matched = false;
    for (const pattern of this.patterns) {
      if (pattern.exclusion !== matched) continue;
      let match = pattern.matches(file);
      if (!match) match = parents.some((parent) => pattern.matchesQuietly(parent));
      if (match) matched = !pattern.exclusion;
    }
    return matched;
  }

  /** Is the slash path matched by the patterns themselves, ignoring parents (MatchesExact)? */
  matchesExact(file: string): boolean {
    return this.matchesUsingParentResult(file, false);
  }

  /** Matching that starts from the parent directory's answer (deprecated MatchesUsingParentResult). */
  matchesUsingParentResult(file: string, parentMatched: boolean): boolean {
    let matched = parentMatched;
    for (const pattern of this.patterns) {
      if (pattern.exclusion !== matched) continue;
      if (pattern.matches(file)) matched = !pattern.exclusion;
    }
    return matched;
  }

  /** Matching for a directory walk: reuse the parent's per-pattern results (MatchesUsingParentResults). */
  matchesUsingParentResults(file: string, parent: MatchInfo = { parentMatched: [] }): { matched: boolean; info: MatchInfo } {
    const previous = parent.parentMatched;
    if (previous.length !== 0 && previous.length !== this.patterns.length) {
      throw new Error('wrong number of values in parentMatched');
    }
    const results: boolean[] = this.patterns.map(() => false);
    let matched = false;
    this.patterns.forEach((pattern, i) => {
      let match = previous.length !== 0 ? (previous[i] as boolean) : false;
      if (!match) {
        if (pattern.exclusion !== matched) return;
        match = pattern.matches(file);
        if (!match && previous.length === 0) match = parentPrefixes(file).some((p) => pattern.matchesQuietly(p));
      }
      results[i] = match;
      if (match) matched = !pattern.exclusion;
    });
    return { matched, info: { parentMatched: results } };
  }

  /** The deprecated Matches: checks only the parent directory as deep as the pattern. */
  matchesLegacy(file: string): boolean {
    const parent = dirPath(file);
    const parentDirs = parent.split('/');
    let matched = false;
    for (const pattern of this.patterns) {
      if (pattern.exclusion !== matched) continue;
      let match = pattern.matches(file);
      if (!match && parent !== '.' && pattern.dirs.length <= parentDirs.length) {
        match = pattern.matchesQuietly(parentDirs.slice(0, pattern.dirs.length).join('/'));
      }
      if (match) matched = !pattern.exclusion;
    }
    return matched;
  }
}

/** One-shot check of a path against patterns (patternmatcher.MatchesOrParentMatches); `.` never matches. */
export function matchesOrParentMatches(file: string, patterns: readonly string[]): boolean {
  const matcher = new PatternMatcher(patterns);
  const cleaned = cleanPath(file);
  return cleaned === '.' ? false : matcher.matchesOrParentMatches(cleaned);
}

/** One-shot deprecated Matches (patternmatcher.Matches), kept for its documented cases. */
export function matchesLegacy(file: string, patterns: readonly string[]): boolean {
  const matcher = new PatternMatcher(patterns);
  const cleaned = cleanPath(file);
  return cleaned === '.' ? false : matcher.matchesLegacy(cleaned);
}
