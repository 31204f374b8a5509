// .dockerignore behaviour a learner meets: which lines count, which paths are left out, which errors show.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  BadPatternError,
  DockerignoreReadError,
  IllegalPatternError,
  PatternMatcher,
  cleanPath,
  compilePattern,
  readDockerignore,
} from '../../../src/engine/builder/dockerignore.ts';
import { goPathMatch } from '../../../src/engine/model/reference.ts';

describe('readDockerignore', () => {
  it('strips the BOM, skips # comments in column 1 and blank lines, trims and cleans', () => {
    const text = '\uFEFFnode_modules\r\n# comment\n  # not a comment  \n\n ./build/../dist/ \n/abs/path\n!  /keep.txt\n*.log';
    expect(readDockerignore(text)).toEqual(['node_modules', '# not a comment', 'dist', 'abs/path', '!keep.txt', '*.log']);
  });

  it('keeps a bare ! so the matcher can refuse it', () => {
    expect(readDockerignore('!\n')).toEqual(['!']);
    expect(() => new PatternMatcher(readDockerignore('!\n'))).toThrow('illegal exclusion pattern: "!"');
    expect(() => new PatternMatcher(['!'])).toThrow(IllegalPatternError);
  });

  it('keeps / as itself and reads a file without a final newline', () => {
    expect(readDockerignore('/\n.')).toEqual(['/', '.']);
  });

  it('refuses a line of 64 KiB like bufio.Scanner', () => {
    expect(readDockerignore('a'.repeat(65535))).toHaveLength(1);
    expect(() => readDockerignore(`ok\n${'a'.repeat(65536)}\n`)).toThrow(DockerignoreReadError);
    expect(() => readDockerignore('a'.repeat(65536))).toThrow('error reading .dockerignore: bufio.Scanner: token too long');
  });
});

describe('PatternMatcher', () => {
  const pm = new PatternMatcher(readDockerignore('node_modules\n*.log\n!important.log\n**/*.tmp\ndocs/**\n!docs/README.md'));
  it.each([
    ['node_modules', true],
    ['node_modules/pkg/index.js', true],
    ['src/node_modules', false],
    ['debug.log', true],
    ['important.log', false],
    ['logs/debug.log', false],
    ['a/b/c.tmp', true],
    ['c.tmp', true],
    ['docs/guide.md', true],
    ['docs/README.md', false],
    ['src/app.js', false],
  ])('%s excluded: %s', (path, excluded) => {
    expect(pm.matchesOrParentMatches(path)).toBe(excluded);
  });

  it('lets the last matching line win', () => {
    expect(new PatternMatcher(['!a.txt', '*.txt']).matchesOrParentMatches('a.txt')).toBe(true);
    expect(new PatternMatcher(['*.txt', '!a.txt']).matchesOrParentMatches('a.txt')).toBe(false);
  });

  it('reports syntax errors as Go does: at New for glob errors, at match time for regexp errors', () => {
    expect(() => new PatternMatcher(['a['])).toThrow('syntax error in pattern');
    expect(() => new PatternMatcher(['[]a]'])).toThrow(BadPatternError);
    const lazy = new PatternMatcher(['\\e']); // a valid glob, an invalid Go regexp escape
    expect(() => lazy.matchesOrParentMatches('e')).toThrow('syntax error in pattern');
  });
});

describe('compilePattern', () => {
  it.each([
    ['a\\.b', '^a\\.b$', 'a.b', 'axb'],
    ['[[:digit:]]x', '^[[:digit:]]x$', '7x', 'ax'],
    ['[*]', '^[[^/]*]$', '[^]', '*]'], // Go reads `[[^/]` as a class of `[ ^ /`, then a literal `]`
    ['a\\tb', '^a\\tb$', 'a\tb', 'atb'],
    ['é?', '^é[^/]$', 'éz', 'é/'],
  ])('%s', (pattern, goRegexp, yes, no) => {
    const compiled = compilePattern(pattern);
    expect(compiled.goRegexp).toBe(goRegexp);
    expect(compiled.regexp?.test(yes)).toBe(true);
    expect(compiled.regexp?.test(no)).toBe(false);
  });

  it('keeps a pattern without wildcards an exact match', () => {
    expect(compilePattern('x^y')).toMatchObject({ matchType: 'exactMatch', goRegexp: '' });
    expect(new PatternMatcher(['x^y']).matchesOrParentMatches('x^y')).toBe(true);
  });

  it('refuses what Go regexp refuses', () => {
    for (const bad of ['\\e', '[b-a]x', '[[:nope:]]x', '\\8']) expect(() => compilePattern(bad)).toThrow(BadPatternError);
  });
});

describe('goPathMatch', () => {
  it.each([
    ['*', 'abc', true],
    ['a*/b', 'a/c/b', false],
    ['[^a-c]x', 'dx', true],
    ['\\*', '*', true],
    ['user/*', 'user/app', true],
  ])('%s ~ %s', (pattern, name, expected) => {
    expect(goPathMatch(pattern, name)).toBe(expected);
  });
  it('checks the whole pattern even after a mismatch', () => {
    expect(() => goPathMatch('x[', 'y')).toThrow(BadPatternError);
  });
});

describe('properties', () => {
  const segment = fc.stringMatching(/^[a-z0-9._-]{1,6}$/);
  const path = fc.array(fc.oneof(segment, fc.constantFrom('.', '..', '')), { maxLength: 6 }).map((s) => s.join('/'));

  it('cleanPath is idempotent and never leaves //, /./ or a trailing /', () => {
    fc.assert(
      fc.property(path, (p) => {
        const once = cleanPath(p);
        expect(cleanPath(once)).toBe(once);
        expect(once).not.toMatch(/\/\/|\/\.\/|.\/$/);
      }),
    );
  });

  it('a literal name excludes itself and everything below it', () => {
    fc.assert(
      fc.property(fc.array(segment.filter((s) => s !== '.' && s !== '..'), { minLength: 1, maxLength: 4 }), segment, (parts, child) => {
        const name = parts.join('/');
        const pm = new PatternMatcher([name]);
        expect(pm.matchesOrParentMatches(name)).toBe(true);
        expect(pm.matchesOrParentMatches(`${name}/${child}`)).toBe(true);
      }),
    );
  });
});
