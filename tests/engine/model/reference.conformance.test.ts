// Every case of distribution/reference's own tests (../shared/corpus/reference-cases.json) and its
// grammar (reference-regexps.json), run against our implementation.
import { describe, expect, it } from 'vitest';
import { hasCorpus, readCorpusJson } from '../../support/corpus.ts';
import {
  InvalidReferenceError,
  anchoredDomainAndPort,
  anchoredIdentifier,
  anchoredName,
  familiarMatch,
  familiarString,
  parseAnyReference,
  parseDockerRef,
  parseNamed,
  parseNormalizedNamed,
  parseReference,
  referenceName,
  referencePattern,
  referenceString,
  withDigest,
  withName,
  withTag,
} from '../../../src/engine/model/reference.ts';
import type { NamedReference } from '../../../src/engine/model/reference.ts';

interface Case {
  api: string;
  input?: string;
  valid?: boolean;
  error?: string;
  name?: string;
  domain?: string;
  path?: string;
  tag?: string;
  digest?: string;
  string?: string;
  familiar?: string;
  kind?: string;
  pattern?: string;
  expected?: boolean;
  subs?: string[];
}

const cases: Case[] = hasCorpus ? readCorpusJson<{ cases: Case[] }>('reference-cases.json').cases : [];
const label = (c: Case, i: number) => `#${i} ${c.api} ${JSON.stringify(c.input ?? c.name).slice(0, 70)}`;

/** Runs `fn`, returning the InvalidReferenceError it throws (failing on any other throw). */
function refusal(fn: () => unknown): InvalidReferenceError | null {
  try {
    fn();
    return null;
  } catch (error) {
    expect(error).toBeInstanceOf(InvalidReferenceError);
    return error as InvalidReferenceError;
  }
}

function expectRefused(c: Case, fn: () => unknown): void {
  const error = refusal(fn);
  expect(error, 'expected an InvalidReferenceError').not.toBeNull();
  if (c.error) expect(error?.message).toBe(c.error);
}

/** WithName, then WithDigest/WithTag in the order the upstream test uses. */
function build(c: Case, tagFirst: boolean): NamedReference {
  let ref = withName(c.name ?? '');
  const steps = tagFirst
    ? [() => c.tag && (ref = withTag(ref, c.tag)), () => c.digest && (ref = withDigest(ref, c.digest))]
    : [() => c.digest && (ref = withDigest(ref, c.digest)), () => c.tag && (ref = withTag(ref, c.tag))];
  for (const step of steps) step();
  return ref;
}

const runners: Record<string, (c: Case) => void> = {
  Parse(c) {
    if (!c.valid) return expectRefused(c, () => parseReference(c.input ?? ''));
    const ref = parseReference(c.input ?? '');
    expect(referenceString(ref)).toBe(c.string);
    expect(referenceName(ref)).toBe(c.name);
    expect(ref.domain).toBe(c.domain);
    expect(ref.tag).toBe(c.tag);
    expect(ref.digest).toBe(c.digest);
  },
  'Parse(json Field)'(c) {
    if (!c.valid) return expectRefused(c, () => parseReference(c.input ?? ''));
    const ref = parseReference(c.input ?? '');
    expect([referenceName(ref), ref.tag, ref.digest]).toEqual([c.name, c.tag, c.digest]);
  },
  WithName(c) {
    if (!c.valid) return expectRefused(c, () => withName(c.input ?? ''));
    const ref = withName(c.input ?? '');
    expect([ref.domain, ref.path]).toEqual([c.domain, c.path]);
  },
  WithTag(c) {
    if (!c.valid) return expectRefused(c, () => build(c, false));
    expect(referenceString(build(c, false))).toBe(c.string);
  },
  WithDigest(c) {
    if (!c.valid) return expectRefused(c, () => build(c, true));
    expect(referenceString(build(c, true))).toBe(c.string);
  },
  ParseNamed(c) {
    if (!c.valid) return expectRefused(c, () => parseNamed(c.input ?? ''));
    const ref = parseNamed(c.input ?? '');
    expect([ref.domain, ref.path]).toEqual([c.domain, c.path]);
  },
  ParseNormalizedNamed(c) {
    if (!c.valid) return expectRefused(c, () => parseNormalizedNamed(c.input ?? ''));
    const ref = parseNormalizedNamed(c.input ?? '');
    if (c.domain !== undefined) expect(ref.domain).toBe(c.domain);
    if (c.path !== undefined) expect(ref.path).toBe(c.path);
    if (c.string !== undefined) expect(referenceString(ref)).toBe(c.string);
    if (c.familiar !== undefined) expect(familiarString(ref)).toBe(c.familiar);
    if (c.tag !== undefined) expect(ref.tag).toBe(c.tag);
    if (c.digest !== undefined) expect(ref.digest).toBe(c.digest);
    // Normalising the canonical form again changes nothing.
    expect(referenceString(parseNormalizedNamed(referenceString(ref)))).toBe(referenceString(ref));
  },
  ParseAnyReference(c) {
    const ref = parseAnyReference(c.input ?? '');
    expect(ref.kind).toBe(c.kind);
    expect(referenceString(ref)).toBe(c.string);
  },
  FamiliarMatch(c) {
    expect(familiarMatch(c.pattern ?? '', parseAnyReference(c.input ?? ''))).toBe(c.expected);
  },
  ParseDockerRef(c) {
    expect(referenceString(parseDockerRef(c.input ?? ''))).toBe(c.string);
  },
  'regexp:^domainAndPort$'(c) {
    expect(anchoredDomainAndPort.test(c.input ?? '')).toBe(c.expected);
  },
  'regexp:anchoredNameRegexp'(c) {
    const m = anchoredName.exec(c.input ?? '');
    expect(m !== null).toBe(c.expected);
    if (m && c.subs) expect([m[1] ?? '', m[2] ?? '']).toEqual(c.subs);
  },
  'regexp:referenceRegexp'(c) {
    const m = referencePattern.exec(c.input ?? '');
    expect(m !== null).toBe(c.expected);
    if (m && c.subs) expect([m[1] ?? '', m[2] ?? '', m[3] ?? '']).toEqual(c.subs);
  },
  'regexp:anchoredIdentifierRegexp'(c) {
    expect(anchoredIdentifier.test(c.input ?? '')).toBe(c.expected);
  },
};

describe.skipIf(!hasCorpus)('distribution/reference corpus (reference-cases.json)', () => {
  it('has a runner for every api kind in the corpus', () => {
    const kinds = [...new Set(cases.map((c) => c.api))];
    expect(kinds.filter((k) => !(k in runners))).toEqual([]);
    expect(cases.length).toBeGreaterThan(300);
  });
  it.each(cases.map((c, i) => [label(c, i), c] as const))('%s', (_, c) => {
    (runners[c.api] as (c: Case) => void)(c);
  });
});

describe.skipIf(!hasCorpus)('grammar equals reference-regexps.json', () => {
  const grammar = hasCorpus ? readCorpusJson<Record<string, string>>('reference-regexps.json') : {};
  // Go RE2 to JS: only [[:xdigit:]] differs; going through RegExp makes `/` escaping alike.
  const js = (go: string | undefined) => new RegExp((go ?? '').replaceAll('[[:xdigit:]]', '[0-9A-Fa-f]')).source;
  it.each([
    ['anchoredNameRegexp', anchoredName],
    ['ReferenceRegexp', referencePattern],
    ['anchoredIdentifierRegexp', anchoredIdentifier],
  ] as const)('%s', (key, regexp) => {
    expect(regexp.source).toBe(js(grammar[key]));
  });
  it('DomainRegexp', () => {
    expect(anchoredDomainAndPort.source).toBe(`^${js(grammar.DomainRegexp)}$`);
  });
});
