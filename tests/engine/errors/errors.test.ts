// Error classes by code: dockerd's message word for word, the errdefs kind and HTTP status, and the
// data that crosses the worker.
import { describe, expect, it } from 'vitest';
import { EngineError, InvalidFilter, NoSuchContainer, NoSuchImage, PullAccessDenied, VolumeInUse } from '../../../src/engine/index.ts';
import { createEngine } from '../../../src/engine/index.ts';
import { simulatedClock } from '../../../src/session/clock.ts';

describe('engine errors', () => {
  it('are classes by code with dockerd’s message, kind and status', () => {
    const error = new NoSuchImage('alpine:latest');
    expect(error).toBeInstanceOf(EngineError);
    expect(error.message).toBe('No such image: alpine:latest');
    expect([error.code, error.kind, error.status]).toEqual([NoSuchImage.code, 'notFound', 404]);
    expect(new VolumeInUse('data', ['abc', 'def']).message).toBe('remove data: volume is in use - [abc, def]');
    expect(new PullAccessDenied('nope').message).toBe(
      "pull access denied for nope, repository does not exist or may require 'docker login': denied: requested access to the resource is denied",
    );
  });

  it('cross the worker as data and come back with their code and message', () => {
    const data = structuredClone(new NoSuchContainer('web').toJSON());
    expect(data).toEqual({ code: 'NoSuchContainer', kind: 'notFound', data: ['web'], message: 'No such container: web' });
    const back = EngineError.fromData(data);
    expect([back.code, back.status, back.message]).toEqual(['NoSuchContainer', 404, 'No such container: web']);
  });

  it('are what the daemon throws, so callers can test the code', () => {
    const engine = createEngine({ host: simulatedClock() });
    const caught = (fn: () => unknown) => {
      try {
        fn();
      } catch (error) {
        return error as EngineError;
      }
      throw new Error('no error');
    };
    expect(caught(() => engine.containerInspect('ghost')).code).toBe(NoSuchContainer.code);
    expect(caught(() => engine.imageInspect('ghost')).code).toBe(NoSuchImage.code);
    const filter = caught(() => engine.imageList({ filters: { bogus: ['x'] } }));
    expect([filter.code, filter.message]).toEqual([InvalidFilter.code, "invalid filter 'bogus'"]);
  });
});
