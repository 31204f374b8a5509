// The workbench's side of the session: the workspace as the editor and file tree see it (and as the
// shell sees it back), the build checks as diagnostics, the engine picture, and the terminal's size.
import { describe, expect, it } from 'vitest';
import { createSession } from '../../src/session/session.ts';
import { memoryStorage } from '../../src/session/persistence/storage.ts';
import type { FeedEvent } from '../../src/protocol/session.ts';

async function started(storage = memoryStorage()) {
  const session = createSession({ storage, realTime: false });
  await session.start({ lessonId: 'wb', workspace: [{ path: 'app/hello.txt', content: 'hi\n' }], checkpoints: [], tty: false, columns: 100, rows: 30, now: Date.UTC(2026, 0, 1) });
  const run = async (line: string) => {
    let out = '';
    const result = await session.feed(line, (chunk) => (out += chunk.text));
    return { out, result };
  };
  return { session, run, storage };
}

describe('workspace files', () => {
  it('lists, writes, renames and deletes; the shell sees every change and vice versa', async () => {
    const { session, run } = await started();
    expect(await session.workspace()).toEqual([
      { path: 'app', kind: 'dir', size: 0 },
      { path: 'app/hello.txt', kind: 'file', size: 3 },
    ]);
    await session.writeWorkspaceFile('Dockerfile', 'FROM alpine\n');
    expect((await run('cat Dockerfile')).out).toBe('FROM alpine\n');
    expect((await run('ls -l Dockerfile')).out).toMatch(/^-rw-r--r-- 1 learner learner 12 /);
    await run('echo written > notes.txt');
    expect((await session.workspace()).map((e) => e.path)).toContain('notes.txt');
    expect(await session.readWorkspaceFile('notes.txt')).toBe('written\n');
    await session.moveWorkspaceEntry('app', 'src/app');
    expect((await run('cat src/app/hello.txt')).out).toBe('hi\n');
    await session.removeWorkspaceEntry('src');
    expect((await run('ls')).out).toBe('Dockerfile\nnotes.txt\n');
  });

  it('refuses paths outside the workspace and explains a clash in one line', async () => {
    const { session } = await started();
    await expect(session.writeWorkspaceFile('../escape', 'x')).rejects.toThrow('../escape: a path in the workspace may not use ..');
    await expect(session.moveWorkspaceEntry('app/hello.txt', 'app')).rejects.toThrow('app: already exists');
    await expect(session.readWorkspaceFile('app')).rejects.toThrow('app: is a directory');
    await expect(session.removeWorkspaceEntry('nope')).rejects.toThrow('nope: no such file or directory');
  });

  it('an editor write survives a reload (it is saved like a command)', async () => {
    const storage = memoryStorage();
    const { session } = await started(storage);
    await session.writeWorkspaceFile('Dockerfile', 'FROM busybox\n');
    const again = await started(storage);
    expect(await again.session.readWorkspaceFile('Dockerfile')).toBe('FROM busybox\n');
  });
});

describe('Dockerfile diagnostics', () => {
  it('reports the build checks (JSON-form CMD advice) with their lines, and a parse error as an error', async () => {
    const { session } = await started();
    const warnings = await session.checkDockerfile('FROM alpine\nCMD echo hi\n');
    expect(warnings).toEqual([expect.objectContaining({ line: 2, rule: 'JSONArgsRecommended', severity: 'warning' })]);
    const broken = await session.checkDockerfile('FROM alpine\nNOPE x\n');
    expect(broken.some((d) => d.severity === 'error' && d.line === 2)).toBe(true);
  });
});

describe('engine picture', () => {
  it('draws images as layer stacks with shared layers, and containers with their diff marks', async () => {
    const { session, run } = await started();
    await run('docker pull alpine');
    await session.writeWorkspaceFile('Dockerfile', 'FROM alpine\nRUN echo hi > /greeting\nCMD ["cat", "/greeting"]\n');
    await run('docker build -t greet .');
    await run('docker run --name box alpine touch /new-file');
    const picture = await session.picture();
    const alpine = picture.images.find((i) => i.tags.includes('alpine:latest'))!;
    const greet = picture.images.find((i) => i.tags.includes('greet:latest'))!;
    expect(greet.layers.length).toBe(alpine.layers.length + 1);
    expect(greet.layers[0].diffId).toBe(alpine.layers[0].diffId);
    expect(greet.layers[0].sharedWith).toEqual(['alpine:latest']);
    expect(greet.layers.at(-1)!.createdBy).toContain('echo hi > /greeting');
    expect(greet.layers.at(-1)!.sharedWith).toEqual([]);
    const box = picture.containers.find((c) => c.name === 'box')!;
    expect(box.changes).toContainEqual({ kind: 'A', path: '/new-file' });
    const files = await session.layerFiles(greet.id, greet.layers.at(-1)!.diffId);
    expect(files).toContainEqual({ path: '/greeting', kind: 'file', size: 3 });
  });

  it('carries the last build as the CLI ran it: familiar names, steps CACHED or run, stages left out', async () => {
    const { session, run } = await started();
    expect((await session.picture()).lastBuild).toBeUndefined();
    await session.writeWorkspaceFile('Dockerfile', 'FROM alpine AS base\nRUN echo a > /a\nFROM base AS unused\nRUN echo u\nFROM base\nRUN echo b > /b\n');
    await run('docker build -q -t app:v1 .');
    await run('docker build -q -t app:v1 .');
    const build = (await session.picture()).lastBuild!;
    expect(build.names).toEqual(['app:v1']);
    expect(build.imageId).toMatch(/^sha256:/);
    expect(build.stages).toEqual([{ name: 'base', built: true }, { name: 'unused', built: false }, { name: 'stage-2', built: true }]);
    expect(build.steps.filter((s) => s.instruction.startsWith('RUN')).map((s) => `${s.stage} ${s.instruction} ${s.outcome}`)).toEqual([
      'base RUN echo a > /a cached',
      'stage-2 RUN echo b > /b cached',
    ]);
  });
});

describe('the last build and its layers', () => {
  const DOCKERFILE = 'FROM alpine AS base\nRUN echo a > /a\nFROM base\nENV MODE=demo\nWORKDIR /srv\nCOPY app/hello.txt .\n';

  it('names the layer each step made, and those are the built image’s top layers in order', async () => {
    const { session, run } = await started();
    await session.writeWorkspaceFile('Dockerfile', DOCKERFILE);
    await run('docker build -q -t app .');
    const picture = await session.picture();
    const image = picture.images.find((i) => i.tags.includes('app:latest'))!;
    const made = picture.lastBuild!.steps.filter((s) => s.layer);
    expect(made.map((s) => s.instruction)).toEqual(['RUN echo a > /a', 'WORKDIR /srv', 'COPY app/hello.txt .']);
    expect(made.map((s) => s.layer)).toEqual(image.layers.slice(-3).map((l) => l.diffId));
    // FROM makes no layer of its own; a cached rebuild names the same layers.
    expect(picture.lastBuild!.steps.filter((s) => s.instruction.startsWith('FROM')).every((s) => s.layer === undefined)).toBe(true);
    await run('docker build -q -t app .');
    const again = (await session.picture()).lastBuild!.steps.filter((s) => s.layer);
    expect(again.map((s) => `${s.outcome} ${s.layer}`)).toEqual(made.map((s) => `cached ${s.layer}`));
  });

  it('is kept across a reload, with the engine’s saved state', async () => {
    const storage = memoryStorage();
    const { session, run } = await started(storage);
    await session.writeWorkspaceFile('Dockerfile', DOCKERFILE);
    await run('docker build -q -t app .');
    const before = (await session.picture()).lastBuild;
    const again = await started(storage);
    expect((await again.session.picture()).lastBuild).toEqual(before);
    // A reset forgets it with everything else.
    await again.session.reset();
    expect((await again.session.picture()).lastBuild).toBeUndefined();
  });
});

describe('terminal size and the ordered stream', () => {
  it('$COLUMNS and $LINES follow resize; run streams output then done on one callback', async () => {
    const { session } = await started();
    session.resize(132, 40);
    const events: FeedEvent[] = [];
    await session.run('echo "$COLUMNS x $LINES"', (event) => events.push(event));
    expect(events).toEqual([
      { kind: 'output', chunk: { stream: 'stdout', text: '132 x 40\n' } },
      { kind: 'done', result: expect.objectContaining({ kind: 'ran', exitCode: 0, nested: false }) },
    ]);
    expect(await session.ping()).toBe(true);
  });
});
