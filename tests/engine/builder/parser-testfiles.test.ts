import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DockerfileParseError, dump, parseDockerfile } from '../../../src/engine/builder/parser/index.ts';
import { corpusPath, hasCorpus, readCorpusText } from '../../support/corpus.ts';

const corpusDescribe = hasCorpus ? describe : describe.skip;
const DIR = 'buildkit/frontend/dockerfile/parser';

corpusDescribe('parser testfiles: dump equals result', () => {
  const folders = hasCorpus ? readdirSync(corpusPath(`${DIR}/testfiles`)).sort() : [];
  it('has 33 folders', () => expect(folders.length).toBe(33));
  it.each(folders)('%s', (folder) => {
    const dockerfile = readCorpusText(`${DIR}/testfiles/${folder}/Dockerfile`);
    const expected = readCorpusText(`${DIR}/testfiles/${folder}/result`);
    expect(dump(parseDockerfile(dockerfile).ast) + '\n').toBe(expected);
  });
});

corpusDescribe('parser testfiles-negative: must fail', () => {
  const folders = hasCorpus ? readdirSync(corpusPath(`${DIR}/testfiles-negative`)).sort() : [];
  it.each(folders)('%s', (folder) => {
    const dockerfile = readCorpusText(`${DIR}/testfiles-negative/${folder}/Dockerfile`);
    expect(() => parseDockerfile(dockerfile)).toThrow(DockerfileParseError);
  });
  it('gives BuildKit texts', () => {
    expect(() => parseDockerfile('')).toThrow('file with no instructions');
    expect(() => parseDockerfile('# a\n# b\n')).toThrow('file with no instructions');
    expect(() => parseDockerfile('FROM busybox\n\nENV PATH\n')).toThrow('ENV must have two arguments');
    expect(() => parseDockerfile('CMD [ "echo", [ "nested json" ] ]')).toThrow(
      'when using JSON array syntax, arrays must be comprised of strings only',
    );
  });
});
