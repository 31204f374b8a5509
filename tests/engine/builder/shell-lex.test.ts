import { describe, expect, it } from 'vitest';
import { ShellLex, ShellLexError, convertShellPatternToRegex } from '../../../src/engine/builder/shell-lex/index.ts';
import { hasCorpus, readCorpusJson, readCorpusText } from '../../support/corpus.ts';

const corpusDescribe = hasCorpus ? describe : describe.skip;
const ENV = ['PWD=/home', 'SHELL=bash', 'KOREAN=한국어', 'NULL='];

interface EnvVarCase {
  platform: string;
  input: string;
  expected: string;
  line: number;
}

function readEnvVarTest(): EnvVarCase[] {
  const cases: EnvVarCase[] = [];
  readCorpusText('buildkit/frontend/dockerfile/shell/envVarTest')
    .split('\n')
    .forEach((raw, i) => {
      const line = raw.replace(/\r$/, '');
      if (line.trim() === '' || line.startsWith('#')) return;
      const fields = line.split('|');
      if (fields.length !== 3) throw new Error(`bad envVarTest line ${i + 1}: ${line}`);
      const [platform, input, expected] = fields.map((f) => f.trim());
      cases.push({ platform, input, expected, line: i + 1 });
    });
  return cases;
}

corpusDescribe('envVarTest (BuildKit lex_test.go TestShellParser4EnvVars)', () => {
  const cases = hasCorpus ? readEnvVarTest() : [];
  // W lines describe a Windows lexer, where variable names are case-insensitive; this engine is Unix-only.
  const unix = cases.filter((c) => c.platform === 'A' || c.platform === 'U');
  it('has the documented number of lines', () => {
    expect(cases.length).toBe(230);
    expect(cases.filter((c) => c.platform === 'W').length).toBe(2);
  });
  it.each(unix.map((c) => [c.line, c.input, c.expected] as const))('line %i: %s', (_line, input, expected) => {
    const lex = new ShellLex('\\');
    if (expected === 'error') {
      expect(() => lex.processWord(input, ENV)).toThrow(ShellLexError);
    } else {
      expect(lex.processWord(input, ENV)).toBe(expected);
    }
  });
  it('W lines differ from what the Unix lexer gives ($pwd is not $PWD on Unix)', () => {
    for (const c of cases.filter((x) => x.platform === 'W')) {
      expect(new ShellLex('\\').processWord(c.input, ENV)).not.toBe(c.expected);
    }
  });
});

corpusDescribe('wordsTest (TestShellParser4Words)', () => {
  const lines = hasCorpus ? readCorpusText('buildkit/frontend/dockerfile/shell/wordsTest').split('\n') : [];
  const env: string[] = [];
  const cases: [number, string, string[] | 'error', string[]][] = [];
  lines.forEach((raw, i) => {
    const line = raw.replace(/\r$/, '');
    if (line.startsWith('#') || line.trim() === '') return;
    if (line.startsWith('ENV ')) {
      env.push(line.slice(4).trimStart());
      return;
    }
    const [input, expected] = line.split('|');
    const exp = expected.trimStart();
    cases.push([i + 1, input.trim(), exp === 'error' ? 'error' : exp.split(','), [...env]]);
  });
  it('reads 24 cases', () => expect(cases.length).toBe(24));
  it.each(cases)('line %i: %s', (_line, input, expected, caseEnv) => {
    const lex = new ShellLex('\\');
    if (expected === 'error') expect(() => lex.processWords(input, caseEnv)).toThrow(ShellLexError);
    else expect(lex.processWords(input, caseEnv)).toEqual(expected);
  });
});

interface MatchCase {
  input: string;
  envs: Record<string, string> | [];
  expected?: string;
  matched?: string[];
  unmatched?: string[];
  error?: boolean;
}
interface LexCases {
  processWordWithMatches: MatchCase[];
  mandatory: { input: string; envs: string[]; expected?: string; errorContains?: string }[];
  platform: { input: string; envs: Record<string, string>; expected: string }[];
  shellPatternToRegex: { valid: Record<string, string>; invalid: string[] };
}

corpusDescribe('buildkit-lex-cases.json', () => {
  const data = hasCorpus ? readCorpusJson<LexCases>('buildkit-lex-cases.json') : null;
  const lex = () => new ShellLex('\\');
  it.each((data?.processWordWithMatches ?? []).map((c, i) => [i, c.input, c] as const))(
    'match tracking %i: %s',
    (_i, input, c) => {
      const env = Array.isArray(c.envs) ? {} : c.envs;
      if (c.error) {
        expect(() => lex().processWordWithMatches(input, env)).toThrow(ShellLexError);
        return;
      }
      const res = lex().processWordWithMatches(input, env);
      expect(res.result).toBe(c.expected);
      expect([...res.matched].sort()).toEqual([...(c.matched ?? [])].sort());
      expect([...res.unmatched].sort()).toEqual([...(c.unmatched ?? [])].sort());
    },
  );
  it.each((data?.mandatory ?? []).map((c, i) => [i, c.input, c] as const))('mandatory %i: %s', (_i, input, c) => {
    if (c.errorContains !== undefined) {
      expect(() => lex().processWord(input, c.envs)).toThrow(c.errorContains);
    } else {
      expect(lex().processWord(input, c.envs)).toBe(c.expected);
    }
  });
  it.each((data?.platform ?? []).map((c, i) => [i, c] as const))('platform %i', (_i, c) => {
    expect(lex().processWordWithMatches(c.input, c.envs).result).toBe(c.expected);
  });
  it('converts shell patterns to the same regexps as BuildKit', () => {
    for (const [pattern, goSource] of Object.entries(data?.shellPatternToRegex.valid ?? {})) {
      expect(convertShellPatternToRegex(pattern, true, true).goSource).toBe(goSource);
    }
    for (const pattern of data?.shellPatternToRegex.invalid ?? []) {
      expect(() => convertShellPatternToRegex(pattern, true, true)).toThrow(ShellLexError);
    }
  });
});

describe('lexer error texts and escape token', () => {
  const lex = new ShellLex('\\');
  it('wraps errors with the source word', () => {
    expect(() => lex.processWord('${FOO:?}', [])).toThrow('failed to process "${FOO:?}": FOO: is not allowed to be unset');
    expect(() => lex.processWord('${FOO:?}', ['FOO='])).toThrow('FOO: is not allowed to be empty');
    expect(() => lex.processWord('${}', [])).toThrow('syntax error: bad substitution');
    expect(() => lex.processWord('${X=1}', [])).toThrow('unsupported modifier (=) in substitution');
    expect(() => lex.processWord('${X:#a}', [])).toThrow('unsupported modifier (:#) in substitution');
    expect(() => lex.processWord("'abc", [])).toThrow('unexpected end of statement while looking for matching single-quote');
  });
  it('uses the backtick as escape under # escape=`', () => {
    const tick = new ShellLex('`');
    expect(tick.processWord('a`$PWD', ENV)).toBe('a$PWD');
    expect(tick.processWord('C:\\dir\\$PWD', ENV)).toBe('C:\\dir\\/home');
  });
  it('keeps unset references when skipUnsetEnv is on', () => {
    const keep = new ShellLex('\\', { skipUnsetEnv: true });
    expect(keep.processWord('$A ${B} ${C:-x} ${D/a/b}', [])).toBe('$A ${B} ${C:-x} ${D/a/b}');
  });
  it('expands an escaped $0 in a replace-all replacement like Go ReplaceAllString (the escape stays)', () => {
    expect(lex.processWord('${X//b/[\\$0]}', ['X=abcb'])).toBe('a[\\b]c[\\b]');
    expect(lex.processWord('${X/b/[\\$0]}', ['X=abcb'])).toBe('a[\\$0]cb');
  });
});
