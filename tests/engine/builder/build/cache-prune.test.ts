// Pruning the build cache as BuildKit does: a record an image holds (its layer chain is the image's)
// is shared and stays unless --all; an orphaned one goes; recent use, filters and a size cap keep
// records; a cache mount empties with a plain prune. moby's POST /build/prune reads its API filters.
import { describe, expect, it } from 'vitest';
import { build, buildEngine, cachedNames } from './helpers.ts';

const DOCKERFILE = 'FROM alpine:3.20\nRUN echo one > /one\nCOPY f /f\n';

async function builtTwice() {
  const engine = buildEngine();
  await build(engine, { Dockerfile: DOCKERFILE, f: 'first\n' }, { tags: ['demo'] });
  await build(engine, { Dockerfile: DOCKERFILE, f: 'second\n' }, { tags: ['demo'] });
  return engine;
}

describe('build cache usage and prune', () => {
  it('lists a record a step, shared while an image holds its chain, with the step as its description', async () => {
    const engine = await builtTwice();
    const usage = engine.buildkitDiskUsage();
    expect(usage.map((r) => [r.Description, r.Shared, r.UsageCount])).toEqual([
      ['mount / from exec /bin/sh -c echo one > /one', true, 2],
      ['[3/3] COPY f /f', true, 1],
      ['[3/3] COPY f /f', true, 1],
    ]);
    expect(usage.every((r) => /^[0-9a-z]{25}$/.test(r.ID))).toBe(true);
  });

  it('a plain prune keeps shared records, so the next build still hits the cache; --all empties it', async () => {
    const engine = await builtTwice();
    expect(engine.buildkitPrune({ all: false, keepDuration: 0, filter: [] })).toEqual([]);
    const again = await build(engine, { Dockerfile: DOCKERFILE, f: 'second\n' }, { tags: ['demo'] });
    expect(cachedNames(again.events)).toEqual(['[2/3] RUN echo one > /one', '[3/3] COPY f /f']);
    expect(engine.buildkitPrune({ all: true, keepDuration: 0, filter: [] })).toHaveLength(3);
    const cold = await build(engine, { Dockerfile: DOCKERFILE, f: 'second\n' }, { tags: ['demo'] });
    expect(cachedNames(cold.events)).toEqual([]);
  });

  it('a record no image holds any more goes with a plain prune', async () => {
    const engine = await builtTwice();
    engine.imagesPrune(); // the first build's image, dangling since `demo` moved
    const gone = engine.buildkitPrune({ all: false, keepDuration: 0, filter: [] });
    expect(gone.map((r) => [r.Description, r.Size])).toEqual([['[3/3] COPY f /f', 6]]);
    expect(engine.buildkitDiskUsage()).toHaveLength(2);
  });

  it('keeps what was used within the keep duration, what a filter leaves out, and what fits under a cap', async () => {
    const engine = await builtTwice();
    expect(engine.buildkitPrune({ all: true, keepDuration: 3_600_000, filter: [] })).toEqual([]);
    expect(engine.buildkitPrune({ all: true, keepDuration: 0, filter: ['type==exec.cachemount'] })).toEqual([]);
    const [first] = engine.buildkitDiskUsage();
    expect(engine.buildkitPrune({ all: true, keepDuration: 0, filter: [`id~=^${first.ID.slice(0, 6)}`] }).map((r) => r.ID)).toEqual([first.ID]);
    expect(engine.buildkitDiskUsage(['description==[3/3] COPY f /f'])).toHaveLength(2);
    // All three are shared (0 B of the cache's own), so a cap never needs to free anything.
    expect(engine.buildkitPrune({ all: true, keepDuration: 0, filter: [], maxUsedSpace: 1 })).toEqual([]);
  });

  it('a plain prune empties a cache mount', async () => {
    const engine = buildEngine();
    const Dockerfile = 'FROM alpine:3.20\nRUN --mount=type=cache,target=/c ls /c; touch /c/kept\n';
    await build(engine, { Dockerfile });
    const logs = async () => (await build(engine, { Dockerfile }, { noCache: true })).events.flatMap((e) => (e.type === 'log' ? [e.text.trim()] : []));
    expect(await logs()).toEqual(['kept']);
    engine.buildkitPrune({ all: false, keepDuration: 0, filter: [] });
    expect(await logs()).toEqual([]);
  });

  it('POST /build/prune: moby\'s filters, word for word', async () => {
    const engine = await builtTwice();
    expect(() => engine.buildPrune({ bogus: ['1'] })).toThrow("invalid filter 'bogus'");
    expect(() => engine.buildPrune({ mutable: ['true'] })).toThrow("invalid filter 'mutable'");
    expect(() => engine.buildPrune({ until: ['1h'], 'unused-for': ['1h'] })).toThrow('conflicting filters: "until" and "unused-for"');
    expect(() => engine.buildPrune({ until: ['1h', '2h'] })).toThrow('filters expect only one value');
    expect(() => engine.buildPrune({ until: ['abc'] })).toThrow(`"until" filter expects a duration (e.g., '24h') or a timestamp: failed to parse value as time or duration: "abc"`);
    expect(engine.buildPrune({ until: ['24h'] }, true)).toEqual({ CachesDeleted: null, SpaceReclaimed: 0 });
    const all = engine.buildPrune({}, true);
    expect(all.CachesDeleted).toHaveLength(3);
    expect(all.SpaceReclaimed).toBe(4 + 6 + 7);
  });
});
