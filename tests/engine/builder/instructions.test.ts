import { describe, expect, it } from 'vitest';
import { InstructionError, parseInstruction, parseStages } from '../../../src/engine/builder/instructions/index.ts';
import { newNode, parseDockerfile, type Node } from '../../../src/engine/builder/parser/index.ts';
import { hasCorpus, readCorpusJson } from '../../support/corpus.ts';

const corpusDescribe = hasCorpus ? describe : describe.skip;

interface ErrorCases {
  exact: { dockerfile?: string; ast?: string; error: string }[];
  contains: { name: string; dockerfile: string; error: string }[];
}

const first = (dockerfile: string): Node => parseDockerfile(dockerfile).ast.children[0];

// The four `ast` cases of the Go test build nodes by hand; these are the same nodes.
function astCase(description: string): Node {
  const cmd = description.split(' ')[0];
  const values = description.includes('blank key') ? ['', 'arg2', '='] : ['arg1', 'arg2', 'arg3', ''];
  const node = newNode(cmd);
  let tail = node;
  for (const v of values) {
    tail.next = newNode(v);
    tail = tail.next;
  }
  node.startLine = 1;
  return node;
}

corpusDescribe('buildkit-instruction-errors.json', () => {
  const data = hasCorpus ? readCorpusJson<ErrorCases>('buildkit-instruction-errors.json') : null;
  it.each((data?.exact ?? []).map((c) => [c.dockerfile ?? c.ast!, c] as const))('exact: %s', (_label, c) => {
    const node = c.dockerfile !== undefined ? first(c.dockerfile) : astCase(c.ast!);
    expect(() => parseInstruction(node)).toThrow(InstructionError);
    try {
      parseInstruction(node);
    } catch (err) {
      expect((err as Error).message).toBe(c.error);
    }
  });
  it.each((data?.contains ?? []).map((c) => [c.name, c] as const))('contains: %s', (_name, c) => {
    expect(() => parseInstruction(first(c.dockerfile))).toThrow(c.error);
  });
});

describe('instruction details', () => {
  const one = (src: string) => parseInstruction(first(src));
  it('suggests the closest instruction, in the case typed, with the line', () => {
    try {
      parseStages(parseDockerfile('FROM a\n\nRUNN x').ast);
      expect.unreachable();
    } catch (err) {
      expect((err as InstructionError).buildMessage).toBe(
        'dockerfile parse error on line 3: unknown instruction: RUNN (did you mean RUN?)',
      );
    }
    expect(() => one('runn x')).toThrow('unknown instruction: runn (did you mean run?)');
    expect(() => one('XYZZY x')).toThrow(/^unknown instruction: XYZZY$/);
  });
  it('parses FROM with --platform and AS', () => {
    expect(one('FROM --platform=linux/arm64 alpine:3 AS Build')).toMatchObject({
      kind: 'FROM',
      baseName: 'alpine:3',
      stageName: 'build',
      platform: 'linux/arm64',
    });
    expect(() => one('FROM a AS 1x')).toThrow('invalid name for build stage: "1x", name can\'t start with a number or contain symbols');
    expect(() => one('FROM a b')).toThrow('FROM requires either one or three arguments');
  });
  it('checks flags strictly', () => {
    expect(() => one('COPY --form=a x y')).toThrow('unknown flag: --form=a (did you mean from?)');
    expect(() => one('COPY --from=a --from=b x y')).toThrow('duplicate flag specified: from');
    expect(() => one('COPY --from x y')).toThrow('missing a value on flag: from');
    expect(() => one('COPY --link=maybe x y')).toThrow('expecting boolean value for flag link, not: maybe');
    expect(one('COPY --link --parents --exclude=*.md --exclude=*.txt --chmod=644 a b /d/')).toMatchObject({
      kind: 'COPY',
      link: true,
      parents: true,
      excludes: ['*.md', '*.txt'],
      chmod: '644',
      files: { sourcePaths: ['a', 'b'], destPath: '/d/' },
    });
    expect(() => one('ADD --parents a b')).toThrow('unknown flag: --parents');
  });
  it('parses RUN mounts, network and security', () => {
    const run = one('RUN --mount=type=cache,target=/root/.cache,sharing=locked --network=none pip install x');
    expect(run).toMatchObject({
      kind: 'RUN',
      network: 'none',
      security: 'sandbox',
      cmd: { cmdLine: ['pip install x'], prependShell: true },
    });
    expect(run.kind === 'RUN' && run.mounts[0]).toMatchObject({ type: 'cache', target: '/root/.cache', cacheSharing: 'locked', readOnly: false });
    expect(() => one('RUN --mount=type=bnd,target=/x true')).toThrow('unsupported mount type "bnd" (did you mean bind?)');
    expect(() => one('RUN --mount=type=bind,from=$X,target=/x true')).toThrow("'from' doesn't support variable expansion, define alias stage instead");
    expect(() => one('RUN --network=bridge true')).toThrow('unsupported network mode "bridge"');
    expect(() => one('RUN --mount=type=secret true')).toThrow('invalid secret mount. one of source, target required');
  });
  it('reads RUN --mount values as encoding/csv does, after the flag reader unwraps its own quotes', () => {
    // The instruction's flag reader strips the double quotes first, so the comma splits the field...
    expect(() => one('RUN --mount=type=cache,"target=/a,b" true')).toThrow("invalid field 'b' must be a key=value pair");
    // ...inside single quotes the CSV sees them and keeps the comma in the field...
    const quoted = one(`RUN --mount='type=cache,"target=/a,b"' true`);
    expect(quoted.kind === 'RUN' && quoted.mounts[0]).toMatchObject({ type: 'cache', target: '/a,b' });
    // ...and an escaped quote inside an unquoted field is refused.
    expect(() => one('RUN --mount=type=cache,target=/a\\"b true')).toThrow('failed to parse csv mounts: parse error on line 1, column 21: bare " in non-quoted-field');
  });
  it('parses HEALTHCHECK with its flags and NONE', () => {
    expect(one('HEALTHCHECK --interval=30s --retries=3 CMD curl -f http://localhost/')).toMatchObject({
      health: { test: ['CMD-SHELL', 'curl -f http://localhost/'], interval: 30e9, retries: 3 },
    });
    expect(one('HEALTHCHECK CMD ["curl","-f","x"]')).toMatchObject({ health: { test: ['CMD', 'curl', '-f', 'x'] } });
    expect(one('HEALTHCHECK NONE')).toMatchObject({ health: { test: ['NONE'] } });
    expect(() => one('HEALTHCHECK NONE x')).toThrow('HEALTHCHECK NONE takes no arguments');
    expect(() => one('HEALTHCHECK CONNECT TCP 7000')).toThrow('Unknown type "CONNECT" in HEALTHCHECK (try CMD)');
    expect(() => one('HEALTHCHECK CMD')).toThrow('Missing command after HEALTHCHECK CMD');
    expect(() => one('HEALTHCHECK --interval=1us CMD x')).toThrow('Interval "interval" cannot be less than 1ms');
    expect(() => one('HEALTHCHECK --retries=-1 CMD x')).toThrow('--retries cannot be negative (-1)');
    expect(() => one('HEALTHCHECK --timeout=abc CMD x')).toThrow('time: invalid duration "abc"');
  });
  it('parses ENV, ARG, SHELL, EXPOSE, VOLUME and ONBUILD', () => {
    expect(one('ENV A=1 B="two words"')).toMatchObject({ env: [{ key: 'A', value: '1', noDelim: false }, { key: 'B', value: '"two words"' }] });
    expect(one('ENV A 1 2')).toMatchObject({ env: [{ key: 'A', value: '1 2', noDelim: true }] });
    expect(one('ARG A B=2')).toMatchObject({ args: [{ key: 'A', value: null }, { key: 'B', value: '2' }] });
    expect(() => one('ARG =x')).toThrow('ARG names can not be blank');
    expect(() => one('SHELL /bin/bash -c')).toThrow('SHELL requires the arguments to be in JSON form');
    expect(one('SHELL ["/bin/bash", "-c"]')).toMatchObject({ shell: ['/bin/bash', '-c'] });
    expect(one('EXPOSE 8080 443/udp 80')).toMatchObject({ ports: ['443/udp', '80', '8080'] });
    expect(one('VOLUME ["/data", "/logs"]')).toMatchObject({ volumes: ['/data', '/logs'] });
    expect(() => one('VOLUME [""]')).toThrow('VOLUME specified can not be an empty string');
    expect(one('ONBUILD RUN echo hi')).toMatchObject({ kind: 'ONBUILD', expression: 'RUN echo hi' });
  });
  it('turns COPY heredocs into inline sources and refuses one as destination', () => {
    const copy = one('COPY <<-EOF /app/conf\n\ta=1\n\tEOF\n');
    expect(copy).toMatchObject({ files: { sourcePaths: [], sourceContents: [{ path: 'EOF', data: 'a=1\n', expand: true }], destPath: '/app/conf' } });
    expect(() => one('COPY a <<EOF\nx\nEOF\n')).toThrow('COPY cannot accept a heredoc as a destination');
  });
  it('groups stages and global ARGs', () => {
    const { stages, metaArgs } = parseStages(parseDockerfile('ARG V=1\nFROM a:$V AS build\nRUN x\nFROM scratch\nCOPY --from=build /x /x\n').ast);
    expect(metaArgs.map((a) => a.args[0].key)).toEqual(['V']);
    expect(stages.map((s) => [s.stageName, s.commands.map((c) => c.kind)])).toEqual([
      ['build', ['RUN']],
      ['', ['COPY']],
    ]);
    expect(() => parseStages(parseDockerfile('RUN x\nFROM a').ast)).toThrow('no build stage in current context');
  });
});
