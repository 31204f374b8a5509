// The build matchers: the workspace Dockerfile tried in a throwaway daemon (real builds, real cache),
// without changing the learner's machine, memoized so an unchanged workspace is not built again.
import { describe, expect, it } from 'vitest';
import { createSession } from '../../src/session/session.ts';
import { memoryStorage } from '../../src/session/persistence/storage.ts';
import type { CheckpointSpec } from '../../src/protocol/session.ts';

type Check = CheckpointSpec['checks'][number];

const GOOD = `FROM alpine:3.21
WORKDIR /app
COPY requirements.txt .
RUN cat requirements.txt > /deps.txt
COPY app.py .
CMD ["sh", "app.py"]
`;
const SOURCE_FIRST = `FROM alpine:3.21
WORKDIR /app
COPY . .
RUN cat requirements.txt > /deps.txt
CMD ["sh", "app.py"]
`;
const files = (dockerfile: string) => [
  { path: 'Dockerfile', content: dockerfile },
  { path: 'requirements.txt', content: 'flask\n' },
  { path: 'app.py', content: 'echo hello\n' },
];

// A session on `workspace` after `script`, with each check as its own checkpoint.
async function machine(workspace: { path: string; content: string }[], checks: Check[], script: string[] = []) {
  const session = createSession({ storage: memoryStorage(), realTime: false });
  const checkpoints = checks.map((check, i) => ({ id: `c${i}`, title: `c${i}`, checks: [check], hints: [] }));
  await session.start({ lessonId: 't', workspace, checkpoints, tty: false, columns: 80, rows: 24 });
  const run = async (line: string) => {
    let out = '';
    await session.feed(line, (chunk) => (out += chunk.text));
    return out;
  };
  for (const line of script) await run(line);
  // Evaluated as the session does: it waits for any throwaway build.
  const verdicts = async () => (await session.checkpoints()).map((r) => (r.passed ? 'pass' : r.why));
  return { session, run, verdicts };
}

describe('dockerfileBuilds', () => {
  it('passes for a Dockerfile that builds, and leaves no image or cache on the learner\'s machine', async () => {
    const { run, verdicts } = await machine(files(GOOD), [{ matcher: 'dockerfileBuilds', params: {} }]);
    expect(await verdicts()).toEqual(['pass']);
    expect(await run('docker images -a -q')).toBe('');
    expect(await run('docker buildx du')).not.toMatch(/[0-9a-z]{12,}/);
  });

  it('says which step fails and what it printed', async () => {
    const broken = GOOD.replace('RUN cat requirements.txt', 'RUN cat requirement.txt');
    const { verdicts } = await machine(files(broken), [{ matcher: 'dockerfileBuilds', params: {} }]);
    expect(await verdicts()).toEqual([expect.stringMatching(/^~\/Dockerfile does not build yet: the step RUN cat requirement\.txt > \/deps\.txt failed: cat: .*requirement\.txt.*No such file or directory\.$/)]);
  });

  it('says so when the Dockerfile is missing or names a missing file', async () => {
    const { verdicts } = await machine([{ path: 'Dockerfile', content: 'FROM alpine:3.21\nCOPY nope.txt /\n' }], [
      { matcher: 'dockerfileBuilds', params: {} },
      { matcher: 'dockerfileBuilds', params: { path: 'app/Dockerfile' } },
    ]);
    expect(await verdicts()).toEqual([expect.stringMatching(/^~\/Dockerfile does not build yet: .*nope\.txt.*\.$/), 'There is no file ~/app/Dockerfile yet.']);
  });

  it('the session waits for the build, so a checkpoint answers at once', async () => {
    const workspace = files(GOOD).map((f) => (f.path === 'requirements.txt' ? { ...f, content: 'requests\n' } : f));
    const { session } = await machine(workspace, [{ matcher: 'dockerfileBuilds', params: {} }]);
    expect((await session.checkpoints())[0].passed).toBe(true);
  });

  it('builds again only when the workspace changes', async () => {
    const { session, run, verdicts } = await machine(files(`${GOOD}RUN true\nRUN false\n`), [{ matcher: 'dockerfileBuilds', params: {} }]);
    const failing = '~/Dockerfile does not build yet: the step RUN false failed (process "/bin/sh -c false" did not complete successfully: exit code: 1).';
    expect(await verdicts()).toEqual([failing]);
    expect((await session.checkpoints())[0].why).toBe(failing); // memoized: answered without a build
    await run("sed -i '/RUN false/d' Dockerfile");
    expect((await session.checkpoints())[0].passed).toBe(true); // changed: built again
  });
});

describe('dockerfileCachesAfterChange', () => {
  it('passes when the dependency step comes before the source is copied', async () => {
    const { verdicts } = await machine(files(GOOD), [{ matcher: 'dockerfileCachesAfterChange', params: { file: 'app.py' } }]);
    expect(await verdicts()).toEqual(['pass']);
  });

  it('names the step that ran again when the source is copied first', async () => {
    const { verdicts } = await machine(files(SOURCE_FIRST), [
      { matcher: 'dockerfileCachesAfterChange', params: { file: 'app.py' } },
      { matcher: 'dockerfileCachesAfterChange', params: { file: 'app.py', keepCached: '^WORKDIR' } },
    ]);
    expect(await verdicts()).toEqual([
      'After app.py changes, "RUN cat requirements.txt > /deps.txt" runs again instead of coming from the cache, because it comes after "COPY . ." Copy only what it needs before it, and the rest of the source after it.'.replace('"COPY . ." ', '"COPY . .". '),
      'pass',
    ]);
  });

  it('fails when the changed file never reaches the image', async () => {
    const { verdicts } = await machine(files('FROM alpine:3.21\nCOPY requirements.txt /\nRUN cat /requirements.txt\n'), [
      { matcher: 'dockerfileCachesAfterChange', params: { file: 'app.py' } },
      { matcher: 'dockerfileCachesAfterChange', params: { file: 'main.py' } },
    ]);
    expect(await verdicts()).toEqual(['Changing app.py rebuilds nothing: no COPY or ADD step takes it into the image yet.', 'There is no file ~/main.py yet.']);
  });
});

describe('builtImageHas', () => {
  it('reads the config of the image the Dockerfile builds', async () => {
    const { verdicts, run } = await machine(files(GOOD), [
      { matcher: 'builtImageHas', params: { tag: 'app', field: 'Cmd', equals: ['sh', 'app.py'] } },
      { matcher: 'builtImageHas', params: { tag: 'app', field: 'WorkingDir', equals: '/app' } },
      { matcher: 'builtImageHas', params: { tag: 'app', field: 'ExposedPorts', contains: '8000' } },
    ]);
    expect(await verdicts()).toEqual(['pass', 'pass', 'The ExposedPorts of app does not include "8000" yet (it is not set).']);
    expect(await run('docker images -q')).toBe('');
  });
});
