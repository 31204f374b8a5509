// Pruning the build cache as BuildKit does: a record an image holds (its layer chain is the image's)
// is shared and stays unless --all; an orphaned one goes; recent use, filters and a size cap keep
// records; a cache mount empties with a plain prune. moby's POST /build/prune reads its API filters.
import { describe, expect, it } from 'vitest';
import { build, buildEngine, cachedNames } from './helpers.ts';

const DEMO = 'docker.io/library/demo:latest';
const DOCKERFILE = 'FROM alpine:3.20\nRUN echo one > /one\nCOPY f /f\n';

async function builtTwice() {
  const engine = buildEngine();
  await build(engine, { Dockerfile: DOCKERFILE, f: 'first\n' }, { tags: [DEMO] });
  await build(engine, { Dockerfile: DOCKERFILE, f: 'second\n' }, { tags: [DEMO] });
  return engine;
}

describe('build cache usage and prune', () => {
  it('lists a record a step, shared while an image holds its chain, with the step as its description', async () => {
    const engine = await builtTwice();
    const usage = await engine.buildkitDiskUsage();
    expect(usage.map((r) => [r.Description, r.Shared, r.UsageCount])).toEqual([
      ['mount / from exec /bin/sh -c echo one > /one', true, 2],
      ['[3/3] COPY f /f', true, 1],
      ['[3/3] COPY f /f', true, 1],
    ]);
    expect(usage.every((r) => /^[0-9a-z]{25}$/.test(r.ID))).toBe(true);
  });

  it('a plain prune keeps shared records, so the next build still hits the cache; --all empties it', async () => {
    const engine = await builtTwice();
    expect(await engine.buildkitPrune({ all: false, keepDuration: 0, filter: [] })).toEqual([]);
    const again = await build(engine, { Dockerfile: DOCKERFILE, f: 'second\n' }, { tags: [DEMO] });
    expect(cachedNames(again.events)).toEqual(['[2/3] RUN echo one > /one', '[3/3] COPY f /f']);
    expect(await engine.buildkitPrune({ all: true, keepDuration: 0, filter: [] })).toHaveLength(3);
    const cold = await build(engine, { Dockerfile: DOCKERFILE, f: 'second\n' }, { tags: [DEMO] });
    expect(cachedNames(cold.events)).toEqual([]);
  });

  it('a record no image holds any more goes with a plain prune', async () => {
    const engine = await builtTwice();
    engine.imagesPrune(); // the first build's image, dangling since `demo` moved
    const gone = await engine.buildkitPrune({ all: false, keepDuration: 0, filter: [] });
    expect(gone.map((r) => [r.Description, r.Size])).toEqual([['[3/3] COPY f /f', 6]]);
    expect(await engine.buildkitDiskUsage()).toHaveLength(2);
  });

  it('keeps what was used within the keep duration and what a filter leaves out', async () => {
    const engine = await builtTwice();
    expect(await engine.buildkitPrune({ all: true, keepDuration: 3_600_000, filter: [] })).toEqual([]);
    expect(await engine.buildkitPrune({ all: true, keepDuration: 0, filter: ['type==exec.cachemount'] })).toEqual([]);
    const [first] = await engine.buildkitDiskUsage();
    expect((await engine.buildkitPrune({ all: true, keepDuration: 0, filter: [`id~=^${first.ID.slice(0, 6)}`] })).map((r) => r.ID)).toEqual([first.ID]);
    expect(await engine.buildkitDiskUsage(['description==[3/3] COPY f /f'])).toHaveLength(2);
  });

  it('with a size cap, the least recently used records go until the cache\'s own bytes fit under it', async () => {
    const engine = await builtTwice();
    // While images hold all three records, the cache has no bytes of its own: nothing needs to go.
    expect(await engine.buildkitPrune({ all: true, keepDuration: 0, filter: [], maxUsedSpace: 1 })).toEqual([]);
    engine.imagesPrune({ dangling: ['false'] });
    // 17 B unshared: the first COPY (6 B, oldest), then the RUN (4 B) go; 7 B fit under 10.
    const gone = await engine.buildkitPrune({ all: false, keepDuration: 0, filter: [], maxUsedSpace: 10 });
    expect(gone.map((r) => [r.Description, r.Size])).toEqual([['[3/3] COPY f /f', 6], ['mount / from exec /bin/sh -c echo one > /one', 4]]);
    expect((await engine.buildkitDiskUsage()).map((r) => r.Size)).toEqual([7]);
  });

  it('a plain prune empties a cache mount', async () => {
    const engine = buildEngine();
    const Dockerfile = 'FROM alpine:3.20\nRUN --mount=type=cache,target=/c ls /c; touch /c/kept\n';
    await build(engine, { Dockerfile });
    const logs = async () => (await build(engine, { Dockerfile }, { noCache: true })).events.flatMap((e) => (e.type === 'log' ? [e.text.trim()] : []));
    expect(await logs()).toEqual(['kept']);
    await engine.buildkitPrune({ all: false, keepDuration: 0, filter: [] });
    expect(await logs()).toEqual([]);
  });

  it('lists a cache mount as a mutable exec.cachemount record, its size what it holds, pruned by type alone', async () => {
    const engine = buildEngine();
    const Dockerfile = 'FROM alpine:3.20\nRUN --mount=type=cache,target=/root/.cache echo 12345 > /root/.cache/pkg\n';
    await build(engine, { Dockerfile });
    await build(engine, { Dockerfile }, { noCache: true });
    const usage = await engine.buildkitDiskUsage(['type==exec.cachemount']);
    expect(usage).toHaveLength(1);
    expect(usage[0]).toMatchObject({
      Type: 'exec.cachemount',
      Description: 'cached mount /root/.cache from exec /bin/sh -c echo 12345 > /root/.cache/pkg',
      Mutable: true,
      Shared: false,
      Size: 6,
      UsageCount: 2,
    });
    expect(usage[0].ID).toMatch(/^[0-9a-z]{25}$/);
    expect((await engine.buildkitDiskUsage(['mutable'])).map((r) => r.ID)).toEqual([usage[0].ID]);
    // GET /system/df lists it too, without BuildKit's Mutable field (the API's BuildCache has none).
    const df = engine.systemDf().BuildCache.find((r) => r.ID === usage[0].ID);
    expect(df).toMatchObject({ Type: 'exec.cachemount', Size: 6 });
    expect(df).not.toHaveProperty('Mutable');
    const gone = await engine.buildPrune({ type: ['exec.cachemount'] });
    expect(gone).toEqual({ CachesDeleted: [usage[0].ID], SpaceReclaimed: 6 });
    expect((await engine.buildkitDiskUsage()).map((r) => r.Type)).toEqual(['regular']);
  });

  it('POST /build/prune: moby\'s filters, word for word', async () => {
    const engine = await builtTwice();
    await expect(engine.buildPrune({ bogus: ['1'] })).rejects.toThrow("invalid filter 'bogus'");
    await expect(engine.buildPrune({ mutable: ['true'] })).rejects.toThrow("invalid filter 'mutable'");
    await expect(engine.buildPrune({ until: ['1h'], 'unused-for': ['1h'] })).rejects.toThrow('conflicting filters: "until" and "unused-for"');
    await expect(engine.buildPrune({ until: ['1h', '2h'] })).rejects.toThrow('filters expect only one value');
    await expect(engine.buildPrune({ until: ['abc'] })).rejects.toThrow(`"until" filter expects a duration (e.g., '24h') or a timestamp: failed to parse value as time or duration: "abc"`);
    expect(await engine.buildPrune({ until: ['24h'] }, true)).toEqual({ CachesDeleted: null, SpaceReclaimed: 0 });
    const all = await engine.buildPrune({}, true);
    expect(all.CachesDeleted).toHaveLength(3);
    expect(all.SpaceReclaimed).toBe(4 + 6 + 7);
  });
});
