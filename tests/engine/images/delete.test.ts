// The daemon side of `docker rmi`: untag versus delete, moby's conflicts word for word, layer release.
import { describe, expect, it } from 'vitest';
import { Engine } from '../../../src/engine/engine.ts';
import { chainIds } from '../../../src/engine/images/references.ts';
import { seedStates } from '../../support/engine-states.ts';

// An image built on alpine: one more layer, alpine as its parent.
function child(engine: Engine, tag?: string): string {
  const parent = engine.resolveImage('alpine');
  const config = engine.store.config(parent);
  const layer = engine.store.putLayer(new Uint8Array([1, 2, 3]), 1000);
  const id = engine.store.putImage({ ...config, created: '2025-03-01T00:00:00Z', rootfs: { type: 'layers', diff_ids: [...config.rootfs.diff_ids, layer.diffId] } }, parent);
  if (tag) engine.imageTag(id, tag);
  return id;
}

describe('image delete', () => {
  it('untags a name when the image has other names', async () => {
    const engine = await seedStates.alpine();
    engine.imageTag('alpine', 'myapp', 'v1');
    expect(engine.imageDelete('myapp:v1')).toEqual([{ Untagged: 'myapp:v1' }]);
    expect(engine.imageList()[0].RepoTags).toEqual(['alpine:latest']);
  });

  it('deletes with the last tag: its repo digest, the image, then its layers by chain ID', async () => {
    const engine = await seedStates.alpine();
    const id = engine.resolveImage('alpine');
    const [digest] = engine.imageInspect('alpine').RepoDigests;
    const layers = chainIds(engine.store.config(id).rootfs.diff_ids).reverse();
    expect(engine.imageDelete('alpine')).toEqual([{ Untagged: 'alpine:latest' }, { Untagged: digest }, { Deleted: id }, ...layers.map((c) => ({ Deleted: c }))]);
    expect(engine.imageList()).toEqual([]);
  });

  it('refuses an ID with several names unless forced', async () => {
    const engine = await seedStates.alpine();
    engine.imageTag('alpine', 'myapp', 'v1');
    const id = engine.resolveImage('alpine');
    expect(() => engine.imageDelete(id.slice(7, 19))).toThrow(`conflict: unable to delete ${id.slice(7, 19)} (must be forced) - image is referenced in multiple repositories`);
    const items = engine.imageDelete(id.slice(7, 19), { force: true });
    expect(items.filter((i) => 'Untagged' in i).map((i) => ('Untagged' in i ? i.Untagged : ''))).toEqual(['alpine:latest', expect.stringMatching(/^alpine@sha256:/), 'myapp:v1']);
  });

  it('says No such image with :latest for a missing name', async () => {
    const engine = seedStates.empty();
    expect(() => engine.imageDelete('nope')).toThrow('No such image: nope:latest');
  });

  it('asks the image-users hook: a container blocks untagging the last name and deleting the image', async () => {
    const engine = await seedStates.alpine();
    const id = engine.resolveImage('alpine');
    const ctr = 'c'.repeat(64);
    engine.imageUsers = (image) => (image === id ? [{ id: ctr, running: false }] : []);
    expect(() => engine.imageDelete('alpine')).toThrow(
      `conflict: unable to remove repository reference "alpine" (must force) - container cccccccccccc is using its referenced image ${id.slice(7, 19)}`,
    );
    expect(() => engine.imageDelete(id)).toThrow(`conflict: unable to delete ${id.slice(7, 19)} (must be forced) - image is being used by stopped container cccccccccccc`);
    engine.imageUsers = (image) => (image === id ? [{ id: ctr, running: true }] : []);
    expect(() => engine.imageDelete(id, { force: true })).toThrow(`conflict: unable to delete ${id.slice(7, 19)} (cannot be forced) - image is being used by running container cccccccccccc`);
    engine.imageUsers = (image) => (image === id ? [{ id: ctr, running: false }] : []);
    const items = engine.imageDelete(id, { force: true });
    // A stopped container still holds the layers: only the image goes.
    expect(items.filter((i) => 'Deleted' in i)).toEqual([{ Deleted: id }]);
  });

  it('keeps a parent with children, and prunes an untagged parent with its child', async () => {
    const engine = await seedStates.alpine();
    const parent = engine.resolveImage('alpine');
    const kid = child(engine, 'app');
    expect(() => engine.imageDelete(parent, { force: true })).toThrow(`conflict: unable to delete ${parent.slice(7, 19)} (cannot be forced) - image has dependent child images`);
    engine.imageDelete('alpine');
    expect(engine.store.image(parent)).toBeDefined();
    const items = engine.imageDelete('app');
    expect(items.filter((i) => 'Deleted' in i).map((i) => ('Deleted' in i ? i.Deleted : ''))).toEqual([kid, expect.any(String), parent, expect.any(String)]);
    expect(engine.store.image(parent)).toBeUndefined();
  });

  it('keeps the untagged parent with --no-prune', async () => {
    const engine = await seedStates.alpine();
    const parent = engine.resolveImage('alpine');
    child(engine, 'app');
    engine.imageDelete('alpine');
    engine.imageDelete('app', { noPrune: true });
    expect(engine.store.image(parent)).toBeDefined();
  });
});
