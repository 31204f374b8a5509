// POST /volumes/prune as moby's endpoint reads it: the `all` filter is a strict boolean, and a client
// older than API 1.42 gets the old behaviour (every unused volume, named ones too).
import { afterEach, describe, expect, it } from 'vitest';
import { serve } from './client.ts';

let cleanup: (() => Promise<void>) | undefined;
afterEach(async () => {
  await cleanup?.();
  cleanup = undefined;
});

async function withVolumes() {
  const s = await serve();
  cleanup = () => s.server.close();
  await s.call('POST', '/volumes/create', JSON.stringify({ Name: 'named' }));
  const anonymous = JSON.parse((await s.call('POST', '/volumes/create', '{}')).body).Name as string;
  const names = async () => (JSON.parse((await s.call('GET', '/volumes')).body).Volumes as { Name: string }[]).map((v) => v.Name).sort();
  return { ...s, anonymous, names };
}

const prune = (filters: Record<string, string[]>) => `/volumes/prune?filters=${encodeURIComponent(JSON.stringify(filters))}`;

describe('POST /volumes/prune', () => {
  it('takes anonymous volumes only, unless all says true', async () => {
    const s = await withVolumes();
    const first = JSON.parse((await s.call('POST', '/v1.50/volumes/prune')).body);
    expect(first.VolumesDeleted).toEqual([s.anonymous]);
    expect(await s.names()).toEqual(['named']);
    expect(JSON.parse((await s.call('POST', `/v1.50${prune({ all: ['1'] })}`)).body).VolumesDeleted).toEqual(['named']);
  });

  it('prunes named volumes too for a client older than API 1.42', async () => {
    const s = await withVolumes();
    const reply = JSON.parse((await s.call('POST', '/v1.41/volumes/prune')).body);
    expect(reply.VolumesDeleted.sort()).toEqual([s.anonymous, 'named'].sort());
  });

  it.each([
    [{ all: ['yes'] }, "invalid filter 'all=[yes]'"],
    [{ all: ['TRUE'] }, "invalid filter 'all=[TRUE]'"],
    [{ all: ['true', 'false'] }, "invalid filter 'all=[true false]'"],
    [{ all: [] }, "invalid filter 'all'"],
  ])('refuses %j, which is not one yes or no, with 400 and removes nothing', async (filters, message) => {
    const s = await withVolumes();
    const reply = await s.call('POST', `/v1.50${prune(filters)}`);
    expect(reply.status).toBe(400);
    expect(JSON.parse(reply.body).message).toBe(message);
    expect(await s.names()).toEqual([s.anonymous, 'named'].sort());
  });
});

describe('POST /images/prune', () => {
  it('reads dangling as the same strict boolean', async () => {
    const s = await serve();
    cleanup = () => s.server.close();
    const reply = await s.call('POST', `/images/prune?filters=${encodeURIComponent(JSON.stringify({ dangling: ['maybe'] }))}`);
    expect(reply.status).toBe(400);
    expect(JSON.parse(reply.body).message).toBe("invalid filter 'dangling=[maybe]'");
  });
});
