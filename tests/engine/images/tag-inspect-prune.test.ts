// The daemon side of `docker tag`, `docker image inspect` and `docker image prune`.
import { describe, expect, it } from 'vitest';
import { goTimeString } from '../../../src/engine/images/inspect.ts';
import { seedStates } from '../../support/engine-states.ts';

describe('image tag', () => {
  it('adds a name, moves an existing one, and refuses a missing source or a digest-algorithm name', async () => {
    const engine = await seedStates.alpineTwoReleases();
    engine.imageTag('alpine', 'myapp', 'v1');
    expect(engine.resolveImage('myapp:v1')).toBe(engine.resolveImage('alpine'));
    engine.imageTag('alpine:3.20', 'myapp', 'v1');
    expect(engine.resolveImage('myapp:v1')).toBe(engine.resolveImage('alpine:3.20'));
    engine.imageTag('alpine', 'myapp');
    expect(engine.resolveImage('myapp:latest')).toBe(engine.resolveImage('alpine'));
    expect(() => engine.imageTag('nope', 'x', 'y')).toThrow('No such image: nope:latest');
    expect(() => engine.imageTag('alpine', 'sha256', 'x')).toThrow('refusing to create an ambiguous tag using digest algorithm as name');
  });
});

describe('image inspect', () => {
  it('describes a pulled image with Docker 28 fields', async () => {
    const engine = await seedStates.alpine();
    const doc = engine.imageInspect('alpine');
    expect(doc.Id).toBe(engine.resolveImage('alpine'));
    expect(doc.RepoTags).toEqual(['alpine:latest']);
    expect(doc.RepoDigests[0]).toMatch(/^alpine@sha256:[0-9a-f]{64}$/);
    expect(doc.Config.Cmd).toEqual(['/bin/sh']);
    expect(doc.Config).not.toHaveProperty('Hostname');
    expect(doc.GraphDriver.Name).toBe('overlay2');
    expect(Object.keys(doc.GraphDriver.Data ?? {})).toEqual(['MergedDir', 'UpperDir', 'WorkDir']);
    expect(doc.RootFS).toEqual({ Type: 'layers', Layers: engine.store.config(doc.Id).rootfs.diff_ids });
    expect(doc.Size).toBe(engine.imageList()[0].Size);
  });

  it('refuses what is not a reference with the daemon words, and a missing image', async () => {
    const engine = seedStates.empty();
    expect(() => engine.imageInspect('Foo')).toThrow('invalid reference format: repository name (library/Foo) must be lowercase');
    expect(() => engine.imageInspect('nope')).toThrow('No such image: nope:latest');
  });

  it('prints times as Go RFC3339Nano does', () => {
    expect(goTimeString('2026-01-01T00:00:00.500000000Z')).toBe('2026-01-01T00:00:00.5Z');
    expect(goTimeString('2025-02-14T03:28:36Z')).toBe('2025-02-14T03:28:36Z');
    expect(goTimeString('2025-02-14T03:28:36.000+00:00')).toBe('2025-02-14T03:28:36Z');
  });
});

describe('image prune', () => {
  it('keeps tagged images by default and removes them with dangling=false', async () => {
    const engine = await seedStates.alpine();
    expect(engine.imagesPrune({ dangling: ['true'] })).toEqual({ ImagesDeleted: null, SpaceReclaimed: 0 });
    const size = engine.imageList()[0].Size;
    const report = engine.imagesPrune({ dangling: ['false'] });
    expect(report.ImagesDeleted?.[0]).toEqual({ Untagged: 'alpine:latest' });
    expect(report.SpaceReclaimed).toBe(size);
    expect(engine.imageList()).toEqual([]);
  });

  it('skips images a container uses, and filters by until and label', async () => {
    const engine = await seedStates.alpine();
    const id = engine.resolveImage('alpine');
    engine.imageUsers = (image) => (image === id ? [{ id: 'a'.repeat(64), running: false }] : []);
    expect(engine.imagesPrune({ dangling: ['false'] }).ImagesDeleted).toBeNull();
    engine.imageUsers = () => [];
    expect(engine.imagesPrune({ dangling: ['false'], until: ['87600h'] }).ImagesDeleted).toBeNull();
    expect(engine.imagesPrune({ dangling: ['false'], label: ['nope'] }).ImagesDeleted).toBeNull();
    expect(() => engine.imagesPrune({ bogus: ['1'] })).toThrow("invalid filter 'bogus'");
    expect(() => engine.imagesPrune({ until: ['soon'] })).toThrow('failed to parse value as time or duration: "soon"');
    expect(() => engine.imagesPrune({ until: ['1h', '2h'] })).toThrow('more than one until filter specified');
  });

  it('removes a dangling image once its tag moved away', async () => {
    const engine = await seedStates.alpineTwoReleases();
    const old = engine.resolveImage('alpine:3.20');
    engine.imageTag('alpine:latest', 'alpine', '3.20');
    const report = engine.imagesPrune({ dangling: ['true'] });
    expect(report.ImagesDeleted?.some((i) => 'Deleted' in i && i.Deleted === old)).toBe(true);
  });
});
