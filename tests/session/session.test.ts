// The session the worker exposes: prompts, multi-line input, checkpoints and saving across a reload.
import { describe, expect, it } from 'vitest';
import { createSession } from '../../src/session/session.ts';
import { memoryStorage } from '../../src/session/persistence/storage.ts';
import type { SessionOptions } from '../../src/protocol/session.ts';
import { sessionCheckpoints as checkpoints } from './session-checkpoints.ts';

const options: SessionOptions = {
  lessonId: '01-what-is-an-image',
  workspace: [{ path: 'notes.txt', content: 'hello\n' }, { path: 'app/run.sh', content: 'echo hi\n', mode: 0o755 }],
  checkpoints,
  tty: false,
  columns: 80,
  rows: 24,
};

async function run(session: ReturnType<typeof createSession>, line: string) {
  let out = '';
  const result = await session.feed(line, (chunk) => (out += chunk.text));
  return { out, result };
}

describe('session', () => {
  it('starts in the workspace with a bash prompt and the lesson files', async () => {
    const session = createSession({ storage: memoryStorage(), realTime: false });
    const { prompt, restored } = await session.start(options);
    expect(prompt).toBe('learner@workbook:~$ ');
    expect(restored).toBe(false);
    expect((await run(session, 'ls')).out).toBe('app\nnotes.txt\n'); // not a terminal: one per line, as GNU ls
    expect((await run(session, 'cat notes.txt')).out).toBe('hello\n');
    expect((await run(session, 'ls -l app')).out).toMatch(/^total \d+\n-rwxr-xr-x 1 learner learner 8 .* run\.sh\n$/);
  });

  it('asks for more lines inside a heredoc and runs it when complete', async () => {
    const session = createSession({ storage: memoryStorage(), realTime: false });
    await session.start(options);
    expect((await run(session, 'cat > greeting.txt <<EOF')).result).toEqual({ kind: 'incomplete', prompt: '> ' });
    expect((await run(session, 'hi there')).result.kind).toBe('incomplete');
    expect((await run(session, 'EOF')).result).toMatchObject({ kind: 'ran', exitCode: 0 });
    expect((await run(session, 'cat greeting.txt')).out).toBe('hi there\n');
  });

  it('reports bash errors with exit codes', async () => {
    const session = createSession({ storage: memoryStorage(), realTime: false });
    await session.start(options);
    const { out, result } = await run(session, 'dockr images');
    expect(out).toBe('bash: dockr: command not found\n');
    expect(result).toMatchObject({ kind: 'ran', exitCode: 127 });
  });

  it('grades checkpoints on engine state, and they stay passed', async () => {
    const session = createSession({ storage: memoryStorage(), realTime: false });
    await session.start(options);
    expect((await session.checkpoints()).map((c) => c.passed)).toEqual([false, false, false]);
    expect((await session.checkpoints())[0].why).toBe('There is no image called alpine:latest on this machine yet.');
    await run(session, 'docker pull alpine');
    expect((await session.checkpoints()).map((c) => c.passed)).toEqual([true, false, false]);
    await run(session, 'docker image ls');
    expect((await session.checkpoints()).map((c) => c.passed)).toEqual([true, true, false]);
  });

  it('a failed command does not pass a commandUsed check', async () => {
    const session = createSession({ storage: memoryStorage(), realTime: false });
    await session.start(options);
    await run(session, 'docker pull alpine');
    await run(session, 'docker images --format "{{"');
    expect((await session.checkpoints())[1].passed).toBe(false);
  });

  it('restores the machine after a reload: images, files, working directory, progress', async () => {
    const storage = memoryStorage();
    const first = createSession({ storage, realTime: false });
    await first.start(options);
    await run(first, 'docker pull alpine');
    await run(first, 'mkdir demo && cd demo && echo kept > file.txt');
    await first.checkpoints();

    const second = createSession({ storage, realTime: false });
    const { prompt, restored } = await second.start(options);
    expect(restored).toBe(true);
    expect(prompt).toBe('learner@workbook:~/demo$ ');
    expect((await run(second, 'cat file.txt')).out).toBe('kept\n');
    expect((await run(second, 'docker images --format "{{.Repository}}:{{.Tag}}"')).out).toBe('alpine:latest\n');
    expect((await second.checkpoints())[0].passed).toBe(true);
  });

  it('reset starts the lesson afresh', async () => {
    const storage = memoryStorage();
    const session = createSession({ storage, realTime: false });
    await session.start(options);
    await run(session, 'docker pull alpine');
    await session.checkpoints();
    await session.reset();
    expect((await run(session, 'docker images -q')).out).toBe('');
    expect((await session.checkpoints())[0].passed).toBe(false);
  });

  it('completes docker subcommands and local image names', async () => {
    const session = createSession({ storage: memoryStorage(), realTime: false });
    await session.start(options);
    expect((await session.complete('docker pu', 9)).candidates).toEqual(expect.arrayContaining(['pull', 'push']));
    await run(session, 'docker pull -q alpine');
    expect(await session.complete('docker history al', 17)).toEqual({ start: 15, candidates: ['alpine:latest'] });
  });
});
