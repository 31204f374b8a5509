// BuildKit's build history as the engine keeps it: a record per build with a ref (what buildx sends),
// the attributes buildx would send, the vertex counts, how it ended, its events, the 50-entry / 48-hour
// clean-up, deletion, and the trip through a snapshot and the saved document.
import { describe, expect, it } from 'vitest';
import { Engine } from '../../../../src/engine/engine.ts';
import { assembleSnapshot } from '../../../../src/engine/state/state.ts';
import { simulatedClock } from '../../../../src/session/clock.ts';
import { shellRuntime } from '../../../../src/session/runtime.ts';
import { build, buildEngine } from '../build/helpers.ts';

const DOCKERFILE = 'FROM alpine\nRUN echo built > /b\n';

describe('build history', () => {
  it('keeps a BuildKit build (one with a ref) with the attributes buildx sends and its vertex counts', async () => {
    const engine = buildEngine();
    const ref = engine.buildRef();
    expect(ref).toMatch(/^[0-9a-z]{25}$/);
    const first = await build(engine, { Dockerfile: DOCKERFILE }, { ref, buildArgs: new Map([['TOKEN', 'abc']]), labels: { team: 'blue' }, target: '', noCache: true });
    expect(first.error).toBeUndefined();
    const [record] = engine.buildHistoryList();
    expect(record.ref).toBe(ref);
    expect(record.frontendAttrs).toEqual({ filename: 'Dockerfile', 'image-resolve-mode': 'local', 'no-cache': '', 'build-arg:TOKEN': 'abc', 'label:team': 'blue' });
    const vertices = new Set(first.events.map((e) => e.vertex));
    expect(record.numTotalSteps).toBe(vertices.size);
    expect(record.numCompletedSteps).toBe(vertices.size);
    expect(record.numCachedSteps).toBe(0);
    expect(record.completedAt).toBeGreaterThanOrEqual(record.createdAt);
    expect(record.events).toEqual(first.events);
    // The same build again, cached, is a second record; the newest comes first.
    await build(engine, { Dockerfile: DOCKERFILE }, { ref: engine.buildRef() });
    const [again] = engine.buildHistoryList();
    expect(again.ref).not.toBe(ref);
    expect(again.numCachedSteps).toBeGreaterThan(0);
  });

  it('keeps no record of a build without a ref (the classic builder)', async () => {
    const engine = buildEngine();
    await build(engine, { Dockerfile: DOCKERFILE });
    expect(engine.buildHistoryList()).toEqual([]);
  });

  it('records a failed build with gRPC Unknown, its message and where it failed; an unknown ref cannot be deleted', async () => {
    const engine = buildEngine();
    const ref = engine.buildRef();
    const failed = await build(engine, { Dockerfile: 'FROM alpine\nRUN exit 3\n' }, { ref });
    expect(failed.error).toBeDefined();
    const [record] = engine.buildHistoryList();
    expect(record.error).toMatchObject({ code: 2, message: 'process "/bin/sh -c exit 3" did not complete successfully: exit code: 3', location: { startLine: 2 } });
    expect(() => engine.buildHistoryRemove('nope')).toThrow('lease "ref_nope": not found');
    engine.buildHistoryRemove(ref);
    expect(engine.buildHistoryList()).toEqual([]);
  });

  it('records a build the client stopped as canceled', async () => {
    const engine = buildEngine();
    const ref = engine.buildRef();
    const stream = engine.imageBuild({ context: { type: 'dir', mode: 0o755, uid: 0, gid: 0, mtime: 0, children: new Map() }, dockerfile: DOCKERFILE, dockerfileName: 'Dockerfile', tags: [], buildArgs: new Map(), ref });
    await stream.next();
    await stream.return(undefined as never);
    expect(engine.buildHistoryList()[0].error).toEqual({ code: 1, message: 'context canceled' });
    // The workbench's last build says so too.
    expect(engine.lastBuild()?.error).toBe('the build was stopped');
  });

  it('lets records past the newest 50 go once they are 48 hours old', async () => {
    const clock = simulatedClock();
    const engine = new Engine(clock, undefined, shellRuntime());
    for (let i = 0; i < 52; i++) await build(engine, { Dockerfile: 'FROM scratch\n' }, { ref: engine.buildRef() });
    expect(engine.buildHistoryList()).toHaveLength(52);
    await clock.advance(49 * 3600_000);
    await build(engine, { Dockerfile: 'FROM scratch\n' }, { ref: engine.buildRef() });
    expect(engine.buildHistoryList()).toHaveLength(50);
  });

  it('travels in the snapshot, and in the saved document with each record’s events as a blob', async () => {
    const engine = buildEngine();
    await build(engine, { Dockerfile: DOCKERFILE }, { ref: engine.buildRef(), buildArgs: new Map([['A', '1']]) });
    const records = engine.buildHistoryList();
    expect(new Engine(simulatedClock(), structuredClone(engine.snapshot())).buildHistoryList()).toEqual(records);
    const state = engine.persistentState();
    const digest = state.document.buildHistory![0].events;
    expect(state.blobs.get(digest)).toBeInstanceOf(Uint8Array);
    const trees = new Map(state.trees.map((t) => [t.id, t.read()]));
    expect(new Engine(simulatedClock(), assembleSnapshot({ document: state.document, blobs: state.blobs, trees })).buildHistoryList()).toEqual(records);
    // A lost log blob costs the record its events, never the machine.
    const lost = new Map(state.blobs);
    lost.delete(digest);
    expect(new Engine(simulatedClock(), assembleSnapshot({ document: state.document, blobs: lost, trees })).buildHistoryList()[0]).toEqual({ ...records[0], events: [] });
  });
});
