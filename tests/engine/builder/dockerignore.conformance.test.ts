// Every case of moby/patternmatcher's own tests (../shared/corpus/patternmatcher-cases.json).
import { describe, expect, it } from 'vitest';
import { hasCorpus, readCorpusJson } from '../../support/corpus.ts';
import {
  BadPatternError,
  IllegalPatternError,
  PatternMatcher,
  cleanPath,
  compilePattern,
  matchesLegacy,
  readDockerignore,
} from '../../../src/engine/builder/dockerignore.ts';
import type { MatchInfo } from '../../../src/engine/builder/dockerignore.ts';

interface Corpus {
  matches_single: { pattern: string; text: string; pass: boolean }[];
  matches_multi: { patterns: string[]; text: string; pass: boolean }[];
  filepath_match: { pattern: string; text: string; match: boolean; error: string | null }[];
  compile: { pattern: string; matchType: string; regexp: string }[];
  simple: {
    text?: string;
    patterns: string[];
    match?: boolean;
    error?: boolean | string;
    api?: string;
    newError?: boolean;
    count?: number;
    exclusions?: boolean;
  }[];
  ignorefile_readall: { content: string; expected: string[] }[];
}

const corpus: Corpus | null = hasCorpus ? readCorpusJson<Corpus>('patternmatcher-cases.json') : null;
const rows = <T,>(list: T[] | undefined, name: (c: T) => string) => (list ?? []).map((c, i) => [`#${i} ${name(c)}`, c] as const);

/** Walks the parents of `text` first, as a directory walk does, then asks about `text`. */
function walkResults(pm: PatternMatcher, text: string): { single: boolean; multi: boolean } {
  const parts = text.split('/').filter((p, i, all) => p !== '' || i === all.length - 1);
  let parentMatched = false;
  let info: MatchInfo = { parentMatched: [] };
  for (let i = 1; i < parts.length; i++) {
    const dir = parts.slice(0, i).join('/');
    parentMatched = pm.matchesUsingParentResult(dir, parentMatched);
    info = pm.matchesUsingParentResults(dir, info).info;
  }
  return { single: pm.matchesUsingParentResult(text, parentMatched), multi: pm.matchesUsingParentResults(text, info).matched };
}

describe.skipIf(!hasCorpus)('patternmatcher corpus', () => {
  it.each(rows(corpus?.matches_single, (c) => `${c.pattern} ~ ${c.text}`))('matches_single %s', (_, c) => {
    const pm = new PatternMatcher([c.pattern]);
    expect(pm.matchesOrParentMatches(c.text)).toBe(c.pass);
    const walked = walkResults(pm, c.text);
    expect(walked.multi).toBe(c.pass);
    expect(walked.single).toBe(c.pass);
  });

  it.each(rows(corpus?.matches_multi, (c) => `${c.patterns.join(',')} ~ ${c.text}`))('matches_multi %s', (_, c) => {
    expect(new PatternMatcher(c.patterns).matchesOrParentMatches(c.text)).toBe(c.pass);
  });

  it.each(rows(corpus?.filepath_match, (c) => `${c.pattern} ~ ${c.text}`))('filepath_match %s', (_, c) => {
    let result: boolean | string;
    try {
      result = matchesLegacy(c.text, [c.pattern]);
    } catch (error) {
      expect(error).toBeInstanceOf(BadPatternError);
      result = (error as Error).message;
    }
    expect(result).toBe(c.error ?? c.match);
  });

  it.each(rows(corpus?.compile, (c) => c.pattern))('compile %s', (_, c) => {
    const compiled = compilePattern(cleanPath(c.pattern));
    expect(compiled.matchType).toBe(c.matchType);
    expect(compiled.goRegexp).toBe(c.regexp);
  });

  it.each(rows(corpus?.simple, (c) => `${c.api ?? 'Matches'} ${JSON.stringify(c.patterns)} ${c.text ?? ''}`))('simple %s', (_, c) => {
    const build = () => new PatternMatcher(c.patterns);
    switch (c.api) {
      case 'New()':
        expect(build).toThrow(IllegalPatternError);
        expect(build).toThrow('illegal exclusion pattern: "!"');
        return;
      case 'New().Patterns()':
        expect(build().patterns).toHaveLength(c.count as number);
        return;
      case 'New().Exclusions()':
        expect(build().exclusions).toBe(c.exclusions);
        return;
      case 'MatchesOrParentMatches': {
        const pm = build();
        expect(c.newError).toBe(false);
        expect(() => pm.matchesOrParentMatches(c.text as string)).toThrow(c.error as string);
        expect(() => pm.matchesOrParentMatches(c.text as string)).toThrow(c.error as string);
        return;
      }
      default:
        if (c.error) expect(() => matchesLegacy(c.text as string, c.patterns)).toThrow();
        else expect(matchesLegacy(c.text as string, c.patterns)).toBe(c.match);
    }
  });

  it.each(rows(corpus?.ignorefile_readall, (c) => JSON.stringify(c.content).slice(0, 40)))('ignorefile %s', (_, c) => {
    expect(readDockerignore(c.content)).toEqual(c.expected);
  });
});
