// Matchers for the Dockerfile lessons: what a Dockerfile says (dockerfileHas, stageCount), what a build
// context sends (contextExcludes), what an image prints (imageRunPrints), whether an image is what a
// Dockerfile builds (matchesBuild), how much one edit rebuilds (rebuiltStepsAtMost), and where secrets hide
// (secretAbsent). Each passes on the right state and says why not, in the learner's terms, otherwise.
import { describe, expect, it } from 'vitest';
import { verdicts } from './verdicts.ts';

const ws = (files: Record<string, string>) => Object.entries(files).map(([path, content]) => ({ path, content }));

describe('dockerfileHas and stageCount', () => {
  const twoStages = 'FROM alpine:3.21 AS build\nRUN echo hi > /x\nCMD ["sh"]\nFROM alpine:3.21\nCOPY --from=build /x /x\n';
  it('reads instructions per stage with the builder\'s parser', async () => {
    expect(
      await verdicts([], [
        { matcher: 'dockerfileHas', params: { path: 'D', instruction: 'cmd', max: 0, min: 0 } },
        { matcher: 'dockerfileHas', params: { path: 'D', instruction: 'CMD', stage: 'build' } },
        { matcher: 'dockerfileHas', params: { path: 'D', instruction: 'COPY', matches: '--from=build' } },
        { matcher: 'stageCount', params: { path: 'D', min: 2 } },
      ], ws({ D: twoStages })),
    ).toEqual(['pass', 'pass', 'pass', 'pass']);
  });

  it('says what is there instead', async () => {
    expect(
      await verdicts([], [
        { matcher: 'dockerfileHas', params: { path: 'D', instruction: 'CMD', stage: 'all', max: 0, min: 0 } },
        { matcher: 'dockerfileHas', params: { path: 'D', instruction: 'USER' } },
        { matcher: 'dockerfileHas', params: { path: 'D', instruction: 'RUN', stage: 'nope' } },
        { matcher: 'stageCount', params: { path: 'D', exact: 1 } },
        { matcher: 'dockerfileHas', params: { path: 'missing/Dockerfile', instruction: 'RUN' } },
      ], ws({ D: twoStages })),
    ).toEqual([
      '~/D still has CMD (line 3).',
      '~/D has no USER in its final stage.',
      '~/D has no stage named nope.',
      '~/D has 2 stages (FROM lines); exactly 1 wanted.',
      'There is no file ~/missing/Dockerfile yet.',
    ]);
  });
});

describe('contextExcludes', () => {
  const site = { 'site/index.html': '<h1>x</h1>\n', 'site/.env': 'TOKEN=abc\n', 'site/notes/a.md': 'draft\n' };
  it('follows .dockerignore, exceptions included, as the builder sends the context', async () => {
    const files = ws({ ...site, 'site/.dockerignore': '.env\nnotes\n!notes/keep.md\n' });
    expect(await verdicts([], [{ matcher: 'contextExcludes', params: { dir: 'site', excluded: ['.env', 'notes/a.md'], included: ['index.html'] } }], files)).toEqual(['pass']);
  });

  it('names the path that still travels, and one excluded by mistake', async () => {
    expect(
      await verdicts([], [
        { matcher: 'contextExcludes', params: { dir: 'site', excluded: ['.env'] } },
        { matcher: 'contextExcludes', params: { dir: 'site', excluded: ['.env'], included: ['index.html'] } },
      ], ws({ ...site })),
    ).toEqual(['docker build site still sends .env: there is no .dockerignore in the context.', 'docker build site still sends .env: there is no .dockerignore in the context.']);
    const all = ws({ ...site, 'site/.dockerignore': '*\n' });
    expect(await verdicts([], [{ matcher: 'contextExcludes', params: { dir: 'site', excluded: ['.env'], included: ['index.html'] } }], all)).toEqual([
      'docker build site no longer sends index.html: a .dockerignore line excludes it too.',
    ]);
  });
});

describe('imageRunPrints', () => {
  const files = ws({ 'g/Dockerfile': 'FROM alpine:3.21\nENTRYPOINT ["sh", "-c", "echo Hello, ${1:-world}; echo oops >&2", "--"]\n' });
  it('runs the image in a throwaway engine, with arguments, on either stream', async () => {
    const checks = [
      { matcher: 'imageRunPrints', params: { ref: 'g:1', pattern: '^Hello, world$' } },
      { matcher: 'imageRunPrints', params: { ref: 'g:1', args: ['Ada'], pattern: '^Hello, Ada$' } },
      { matcher: 'imageRunPrints', params: { ref: 'g:1', pattern: '^oops$', stream: 'stderr' } },
      { matcher: 'imageRunPrints', params: { ref: 'g:1', pattern: '^Hello, world$', whole: true } },
    ] as const;
    expect(await verdicts(['docker build -q -t g:1 g'], [...checks], files)).toEqual(['pass', 'pass', 'pass', 'pass']);
  });

  it('says what it printed instead, and leaves no container behind', async () => {
    expect(await verdicts(['docker build -q -t g:1 g'], [{ matcher: 'imageRunPrints', params: { ref: 'g:1', pattern: '^Bye$' } }], files)).toEqual([
      'docker run --rm g:1 prints "Hello, world / oops", not a line matching /^Bye$/ on stdout.',
    ]);
    expect(await verdicts(['docker build -q -t g:1 g'], [{ matcher: 'not', params: { check: { matcher: 'containerExists', params: { ancestor: 'g:1' } }, why: 'a container of g:1 is left' } }], files)).toEqual(['pass']);
    expect(await verdicts([], [{ matcher: 'imageRunPrints', params: { ref: 'g:1', pattern: 'x' } }], files)).toEqual([expect.stringMatching(/no image called g:1/)]);
  });

  it('says why a container does not start, and when arguments replaced a CMD that had no ENTRYPOINT', async () => {
    const cmdOnly = ws({ 'c/Dockerfile': 'FROM alpine:3.21\nCMD ["echo", "Hello, world"]\n' });
    expect(await verdicts(['docker build -q -t c:1 c'], [{ matcher: 'imageRunPrints', params: { ref: 'c:1', args: ['Ada'], pattern: '^Hello, Ada$' } }], cmdOnly)).toEqual([
      'docker run --rm c:1 Ada does not start: exec: "Ada": executable file not found in $PATH. The words after the image name replaced its whole CMD, and with no ENTRYPOINT to receive them, Docker tried to run a program called Ada.',
    ]);
    const entry = ws({ 'e/Dockerfile': 'FROM alpine:3.21\nENTRYPOINT ["/no/such/greet"]\n' });
    expect(await verdicts(['docker build -q -t e:1 e'], [{ matcher: 'imageRunPrints', params: { ref: 'e:1', args: ['Ada'], pattern: '^Hello, Ada$' } }], entry)).toEqual([
      'docker run --rm e:1 Ada does not start: exec: "/no/such/greet": stat /no/such/greet: no such file or directory.',
    ]);
  });
});

describe('matchesBuild', () => {
  const files = ws({ 'h/Dockerfile': 'FROM alpine:3.21\nRUN echo hi > /x\n', 'h/Other': 'FROM alpine:3.21\nRUN echo hi > /x\nCMD ["cat", "/x"]\n' });
  it('passes for an image built from the file with the same options', async () => {
    expect(await verdicts(['docker build -q -t a:1 -f h/Other h'], [{ matcher: 'matchesBuild', params: { ref: 'a:1', path: 'h/Other', context: 'h' } }], files)).toEqual(['pass']);
  });

  it('tells an image built from another file, or from an older version of the file', async () => {
    expect(await verdicts(['docker build -q -t a:1 h'], [{ matcher: 'matchesBuild', params: { ref: 'a:1', path: 'h/Other', context: 'h' } }], files)).toEqual([
      'a:1 is not what docker build -f ~/h/Other ~/h builds now: the step "CMD ["cat" "/x"]" differs. Build it again from the file as it is.',
    ]);
    const edited = ['docker build -q -t a:1 h', "echo 'RUN echo more >> /x' >> h/Dockerfile"];
    expect(await verdicts(edited, [{ matcher: 'matchesBuild', params: { ref: 'a:1', path: 'h/Dockerfile' } }], files)).toEqual([
      expect.stringMatching(/^a:1 is not what docker build ~\/h builds now: the step "RUN \/bin\/sh -c echo more >> \/x" differs/),
    ]);
  });
});

describe('rebuiltStepsAtMost', () => {
  const base = { 'r/packages.txt': 'curl\n', 'r/src/app.sh': 'echo app\n' };
  it('counts the steps an edit reruns', async () => {
    const ordered = ws({ ...base, 'r/Dockerfile': 'FROM alpine:3.21\nCOPY packages.txt /p\nRUN cat /p > /installed\nCOPY src /src\nRUN cat /src/app.sh > /app\n' });
    expect(await verdicts([], [{ matcher: 'rebuiltStepsAtMost', params: { path: 'r/Dockerfile', change: 'src/app.sh', max: 2, mustRebuild: '^COPY src' } }], ordered)).toEqual(['pass']);
  });

  it('says how many ran again, from which step', async () => {
    const careless = ws({ ...base, 'r/Dockerfile': 'FROM alpine:3.21\nCOPY . /r\nRUN cat /r/packages.txt > /installed\nRUN cat /r/src/app.sh > /app\n' });
    expect(await verdicts([], [{ matcher: 'rebuiltStepsAtMost', params: { path: 'r/Dockerfile', change: 'src/app.sh', max: 2 } }], careless)).toEqual([
      'After src/app.sh changes, 3 steps run again (from "COPY . /r" on); at most 2 should.',
    ]);
  });
});

describe('secretAbsent', () => {
  const TOKEN = 'tok_5ec12e7_abcdef';
  const files = ws({
    'a/token.txt': `${TOKEN}\n`,
    'a/Dockerfile.env': `FROM alpine:3.21\nENV API_TOKEN=${TOKEN}\n`,
    'a/Dockerfile.rm': 'FROM alpine:3.21\nCOPY token.txt /run/token.txt\nRUN rm /run/token.txt\n',
    'a/Dockerfile.clean': 'FROM alpine:3.21\nRUN echo ok > /ok\n',
  });
  it('finds a secret in the config, and a file a later layer deleted', async () => {
    const script = ['docker build -q -t e:1 -f a/Dockerfile.env a', 'docker build -q -t r:1 -f a/Dockerfile.rm a', 'docker build -q -t c:1 -f a/Dockerfile.clean a'];
    expect(
      await verdicts(script, [
        { matcher: 'secretAbsent', params: { ref: 'e:1', values: [TOKEN] } },
        { matcher: 'secretAbsent', params: { ref: 'r:1', values: [TOKEN] } },
        { matcher: 'secretAbsent', params: { ref: 'r:1', paths: ['token.txt'] } },
        { matcher: 'secretAbsent', params: { ref: 'c:1', values: [TOKEN], paths: ['token.txt'] } },
      ], files),
    ).toEqual([
      'e:1 is not clean: its config (docker image inspect e:1) still holds the secret.',
      'r:1 is not clean: the layer of "COPY token.txt /run/token.txt # buildkit" still contains the secret in run/token.txt.',
      'r:1 is not clean: the layer of "COPY token.txt /run/token.txt # buildkit" still contains run/token.txt.',
      'pass',
    ]);
  });
  it('counts the files below a named folder, at any depth, but not an empty folder of that name', async () => {
    const site = ws({
      's/index.html': 'hi\n',
      's/notes/draft.md': 'draft\n',
      's/Dockerfile.all': 'FROM alpine:3.21\nCOPY . /srv/site\n',
      's/Dockerfile.empty': 'FROM alpine:3.21\nCOPY index.html /srv/site/\nRUN mkdir /srv/site/notes\n',
    });
    const script = ['docker build -q -t all:1 -f s/Dockerfile.all s', 'docker build -q -t empty:1 -f s/Dockerfile.empty s'];
    expect(
      await verdicts(script, [
        { matcher: 'secretAbsent', params: { ref: 'all:1', paths: ['notes'] } },
        { matcher: 'secretAbsent', params: { ref: 'all:1', paths: ['/notes'] } },
        { matcher: 'secretAbsent', params: { ref: 'empty:1', paths: ['notes'] } },
      ], site),
    ).toEqual(['all:1 is not clean: the layer of "COPY . /srv/site # buildkit" still contains srv/site/notes/draft.md.', 'pass', 'pass']);
  });
});
