// The daemon's record of the last build (EngineReads.lastBuild), which the workbench's picture draws:
// each step CACHED or run, as the progress said, the stages the target did not need, and failures.
import { describe, expect, it } from 'vitest';
import { Engine } from '../../../../src/engine/engine.ts';
import { simulatedClock } from '../../../../src/session/clock.ts';
import { build, buildEngine, contextOf } from './helpers.ts';

const MULTI = [
  'FROM alpine AS builder',
  'RUN echo built > /out',
  'FROM alpine AS tests',
  'RUN echo testing > /t',
  'FROM alpine',
  'COPY --from=builder /out /out',
  'RUN cat /out',
  '',
].join('\n');

describe('lastBuild', () => {
  it('is undefined before any build', () => {
    expect(buildEngine().lastBuild()).toBeUndefined();
  });

  it('lists every step as built on a first build and as cached on the same build again, and the stages the target left out', async () => {
    const engine = buildEngine();
    const first = await build(engine, { Dockerfile: MULTI }, { tags: ['docker.io/library/app:latest'] });
    expect(first.error).toBeUndefined();
    const record = engine.lastBuild()!;
    expect(record.imageId).toBe(first.result!.imageId);
    expect(record.tags).toEqual(['docker.io/library/app:latest']);
    expect(record.stages).toEqual([
      { name: 'builder', built: true },
      { name: 'tests', built: false },
      { name: 'stage-2', built: true },
    ]);
    const runs = record.steps.filter((s) => !s.instruction.startsWith('FROM'));
    expect(runs.map((s) => [s.stage, s.index, s.total, s.instruction, s.outcome])).toEqual([
      ['builder', 2, 2, 'RUN echo built > /out', 'built'],
      ['stage-2', 2, 3, 'COPY --from=builder /out /out', 'built'],
      ['stage-2', 3, 3, 'RUN cat /out', 'built'],
    ]);
    expect(record.steps.some((s) => s.stage === 'tests')).toBe(false);

    await build(engine, { Dockerfile: MULTI }, { tags: ['docker.io/library/app:latest'] });
    expect(engine.lastBuild()!.steps.filter((s) => !s.instruction.startsWith('FROM')).map((s) => s.outcome)).toEqual(['cached', 'cached', 'cached']);

    // A changed step runs again, and so does every step after it; the ones before stay cached.
    await build(engine, { Dockerfile: MULTI.replace('RUN echo built', 'RUN echo rebuilt') });
    expect(engine.lastBuild()!.steps.filter((s) => !s.instruction.startsWith('FROM')).map((s) => s.outcome)).toEqual(['built', 'built', 'built']);
    await build(engine, { Dockerfile: MULTI.replace('RUN cat /out', 'RUN cat /out && echo more') });
    expect(engine.lastBuild()!.steps.filter((s) => !s.instruction.startsWith('FROM')).map((s) => s.outcome)).toEqual(['cached', 'cached', 'built']);
  });

  it('--target builds only what the target needs', async () => {
    const engine = buildEngine();
    await build(engine, { Dockerfile: MULTI }, { target: 'tests' });
    expect(engine.lastBuild()!.stages.map((s) => `${s.name}:${s.built}`)).toEqual(['builder:false', 'tests:true', 'stage-2:false']);
  });

  it('a single-stage build has no stage list and unlabelled steps', async () => {
    const engine = buildEngine();
    await build(engine, { Dockerfile: 'FROM alpine\nRUN echo one\n' });
    const record = engine.lastBuild()!;
    expect(record.stages).toEqual([]);
    expect(record.steps.map((s) => [s.stage, s.index, s.total])).toEqual([['', 1, 2], ['', 2, 2]]);
  });

  it('a failed build keeps the steps up to the failure and the error', async () => {
    const engine = buildEngine();
    await build(engine, { Dockerfile: 'FROM alpine\nRUN echo fine\nRUN exit 3\nRUN echo never\n' });
    const record = engine.lastBuild()!;
    expect(record.imageId).toBeUndefined();
    expect(record.error).toMatch(/exit code: 3/);
    expect(record.steps.map((s) => s.outcome)).toEqual(['built', 'built', 'failed']);
  });

  it('names the layer each step reused or wrote; FROM and a failed step name none', async () => {
    const engine = buildEngine();
    const first = await build(engine, { Dockerfile: 'FROM alpine\nRUN echo one > /1\nENV X=1\nWORKDIR /w\n' });
    const layers = engine.imageInspect(first.result!.imageId).RootFS.Layers!;
    expect(engine.lastBuild()!.steps.map((s) => s.layer)).toEqual([undefined, ...layers.slice(-2)]);
    await build(engine, { Dockerfile: 'FROM alpine\nRUN echo one > /1\nRUN exit 2\n' });
    expect(engine.lastBuild()!.steps.map((s) => `${s.outcome} ${s.layer ?? '-'}`)).toEqual(['built -', `cached ${layers.at(-2)}`, 'failed -']);
  });

  it('records a classic-builder build (POST /build version=1, DOCKER_BUILDKIT=0) as well', async () => {
    const engine = buildEngine();
    const dockerfile = 'FROM alpine\nENV A=1\nRUN echo classic > /c\n';
    const request = { context: contextOf({ Dockerfile: dockerfile }), dockerfile, dockerfileName: 'Dockerfile', tags: ['docker.io/library/old:latest'], buildArgs: new Map<string, string>() };
    const lines: string[] = [];
    for await (const message of engine.imageBuildClassic(request, { remove: true, forceRemove: false })) if (message.stream) lines.push(message.stream);
    expect(lines.join('')).toContain('Step 3/3 : RUN echo classic > /c');
    const record = engine.lastBuild()!;
    expect(record.tags).toEqual(['docker.io/library/old:latest']);
    expect(record.imageId).toBe(engine.imageInspect('old').Id);
    expect(record.steps.map((s) => `${s.instruction.replace(/@sha256:.*/, '')} ${s.outcome}`)).toEqual(['FROM docker.io/library/alpine:latest built', 'RUN echo classic > /c built']);
    expect(record.steps[1].layer).toBe(engine.imageInspect('old').RootFS.Layers!.at(-1));
  });

  it('travels with the engine’s state: a snapshot and the saved document both carry it', async () => {
    const engine = buildEngine();
    await build(engine, { Dockerfile: 'FROM alpine\nRUN echo kept > /k\n' }, { tags: ['docker.io/library/kept:latest'] });
    const record = engine.lastBuild()!;
    // The saved document points at the image and layers without naming their blobs (the collector keeps what is named).
    const saved = engine.persistentState().document.lastBuild!;
    expect(JSON.stringify(saved)).not.toContain(`"${record.imageId}"`);
    expect(saved.steps.map((s) => s.layer)).toEqual(record.steps.map((s) => s.layer?.replace('sha256:', '')));
    const restored = new Engine(simulatedClock(), structuredClone(engine.snapshot()));
    expect(restored.lastBuild()).toEqual(record);
  });
});
