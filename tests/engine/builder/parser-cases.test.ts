import { describe, expect, it } from 'vitest';
import {
  chompHeredocContent,
  DockerfileParseError,
  heredocsFromLine,
  nodeArgs,
  parseDockerfile,
  parseHeredoc,
  parseJSONArray,
  parseNameVal,
  parseWords,
  dump,
} from '../../../src/engine/builder/parser/index.ts';
import { hasCorpus, readCorpusJson, readCorpusText } from '../../support/corpus.ts';

const corpusDescribe = hasCorpus ? describe : describe.skip;

interface HeredocJson {
  Name: string;
  Content: string;
  Expand: boolean;
  Chomp: boolean;
  FileDescriptor: number;
}
interface HeredocCases {
  extractsHeredoc: { dockerfile: string; expected: (HeredocJson[] | null)[] };
  jsonFormNoHeredoc: { dockerfile: string };
  chomp: { input: string; expected: string };
  parseHeredoc: { validNameEOF: string[]; invalid: string[]; notHeredoc: string[] };
  heredocsFromLine: { line: string; names: string[] | null }[];
}

corpusDescribe('buildkit-heredoc-cases.json', () => {
  const data = hasCorpus ? readCorpusJson<HeredocCases>('buildkit-heredoc-cases.json') : null;
  it('extracts heredocs per instruction', () => {
    const { ast } = parseDockerfile(data!.extractsHeredoc.dockerfile);
    const expected = data!.extractsHeredoc.expected;
    expect(ast.children.length).toBe(expected.length + 1);
    expected.forEach((exp, i) => {
      const got = ast.children[i + 1].heredocs.map((h) => ({
        Name: h.name,
        Content: h.content,
        Expand: h.expand,
        Chomp: h.chomp,
        FileDescriptor: h.fileDescriptor,
      }));
      expect({ i, got }).toEqual({ i, got: exp ?? [] });
    });
  });
  it('reads no heredocs in JSON form', () => {
    const { ast } = parseDockerfile(data!.jsonFormNoHeredoc.dockerfile);
    expect(ast.children.slice(1).map((c) => c.heredocs.length)).toEqual([0, 0, 0]);
  });
  it('chomps leading tabs', () => expect(chompHeredocContent(data!.chomp.input)).toBe(data!.chomp.expected));
  it.each(data?.parseHeredoc.validNameEOF ?? [])('heredoc name EOF: %s', (src) => {
    expect(parseHeredoc(src)?.name).toBe('EOF');
  });
  it.each(data?.parseHeredoc.invalid ?? [])('invalid heredoc: %s', (src) => {
    expect(() => parseHeredoc(src)).toThrow();
  });
  it.each(data?.parseHeredoc.notHeredoc ?? [])('not a heredoc: %j', (src) => {
    expect(parseHeredoc(src)).toBeNull();
  });
  it.each((data?.heredocsFromLine ?? []).map((c) => [c.line, c.names] as const))('heredocsFromLine %s', (line, names) => {
    expect(heredocsFromLine(line).map((h) => h.name)).toEqual(names ?? []);
  });
});

interface MiscCases {
  jsonArrays: { valid: { input: string; expected: string[] }[]; invalidNotStringArray: string[] };
  parseNameVal: { input: string; cmd: string; nodes?: string[]; error?: string }[];
  parseWords: { input: string; expect: string[] }[];
  lineNumbers: { file: string; astStartLine: number; astEndLine: number; children: [number, number][] };
  emptyContinuationWarnings: { dockerfile: string; warnings: number; shortContains: string[]; detailContains: string };
  lineTooLong: { error: string };
}

corpusDescribe('buildkit-parser-misc-cases.json', () => {
  const data = hasCorpus ? readCorpusJson<MiscCases>('buildkit-parser-misc-cases.json') : null;
  it.each((data?.jsonArrays.valid ?? []).map((c) => [c.input, c.expected] as const))('JSON array %j', (input, exp) => {
    expect(parseJSONArray(input)).toEqual(exp);
  });
  it.each(data?.jsonArrays.invalidNotStringArray ?? [])('non-string JSON array %s is an error', (input) => {
    expect(() => parseJSONArray(input)).toThrow('when using JSON array syntax, arrays must be comprised of strings only');
    expect(() => parseDockerfile(`FROM a\nCMD ${input}`)).toThrow(DockerfileParseError);
  });
  it.each((data?.parseNameVal ?? []).map((c) => [c.cmd, c.input, c] as const))('%s %s', (cmd, input, c) => {
    if (c.error) {
      expect(() => parseNameVal(input, cmd, '\\')).toThrow(c.error);
      return;
    }
    const values: string[] = [];
    for (let n = parseNameVal(input, cmd, '\\').next; n; n = n.next) values.push(n.value);
    expect(values).toEqual(c.nodes);
  });
  it.each((data?.parseWords ?? []).map((c) => [c.input, c.expect] as const))('parseWords %s', (input, exp) => {
    expect(parseWords(input, '\\')).toEqual(exp);
  });
  it('records line numbers', () => {
    const ln = data!.lineNumbers;
    const { ast } = parseDockerfile(readCorpusText(ln.file));
    expect([ast.startLine, ast.endLine]).toEqual([ln.astStartLine, ln.astEndLine]);
    expect(ast.children.map((c) => [c.startLine, c.endLine])).toEqual(ln.children);
  });
  it('warns about empty continuation lines', () => {
    const w = data!.emptyContinuationWarnings;
    const { warnings } = parseDockerfile(w.dockerfile);
    expect(warnings.length).toBe(w.warnings);
    for (const text of w.shortContains) expect(warnings.some((x) => x.short.includes(text))).toBe(true);
    expect(warnings.every((x) => x.detail.join('\n').includes(w.detailContains))).toBe(true);
  });
  it('rejects a line over 64 KiB', () => {
    expect(() => parseDockerfile('FROM a\nRUN ' + 'x'.repeat(70000) + '\n')).toThrow(data!.lineTooLong.error);
  });
});

describe('parser details', () => {
  it('honours # escape=` and stops reading directives at the first other line', () => {
    const res = parseDockerfile('# syntax=docker/dockerfile:1\n# escape=`\nFROM a\nRUN echo `\n  hi\n');
    expect(res.escapeToken).toBe('`');
    expect(res.directives.map((d) => d.name)).toEqual(['syntax', 'escape']);
    expect(dump(res.ast)).toBe('(from "a")\n(run "echo   hi")');
    expect(parseDockerfile('FROM a\n# escape=`\nRUN x').escapeToken).toBe('\\');
  });
  it('rejects a repeated directive and a bad escape token', () => {
    expect(() => parseDockerfile('# escape=`\n# escape=\\\nFROM a')).toThrow('only one escape parser directive can be used');
    expect(() => parseDockerfile('# escape=x\nFROM a')).toThrow("invalid escape token 'x' does not match ` or \\");
  });
  it('keeps the keyword case and nests ONBUILD', () => {
    const { ast } = parseDockerfile('from a\nONBUILD run echo hi');
    expect(ast.children[0].value).toBe('from');
    expect(dump(ast)).toBe('(from "a")\n(onbuild (run "echo hi"))');
    expect(nodeArgs(ast.children[1])).toEqual(['run', 'echo hi']);
  });
  it('fails an unterminated heredoc with its lines', () => {
    try {
      parseDockerfile('FROM a\nRUN <<EOF\necho hi\n');
      expect.unreachable();
    } catch (err) {
      expect(err).toBeInstanceOf(DockerfileParseError);
      expect((err as DockerfileParseError).message).toBe('unterminated heredoc');
      expect((err as DockerfileParseError).startLine).toBe(2);
    }
  });
  it('collects comments above an instruction', () => {
    const { ast } = parseDockerfile('FROM a\n# the port\nARG PORT=80\n');
    expect(ast.children[1].prevComment).toEqual(['the port']);
  });
});
