// The image endpoints: the engine's shapes as JSON, dockerd's statuses and error bodies, and the pull
// stream as newline-delimited JSON messages.
import { afterEach, describe, expect, it } from 'vitest';
import { encodeGoJson } from '../../src/format/go/record.ts';
import { imageInspectRecord } from '../../src/format/image/inspect.ts';
import { serve } from './client.ts';

let cleanup: (() => Promise<void>) | undefined;
afterEach(async () => {
  await cleanup?.();
  cleanup = undefined;
});

async function withAlpine() {
  const s = await serve();
  cleanup = () => s.server.close();
  const pull = await s.call('POST', '/v1.50/images/create?fromImage=docker.io%2Flibrary%2Falpine&tag=latest');
  return { ...s, pull };
}

describe('image endpoints', () => {
  it('streams a pull as JSON messages, one per CRLF-terminated line', async () => {
    const { pull } = await withAlpine();
    expect(pull.status).toBe(200);
    expect(pull.headers['content-type']).toBe('application/json');
    expect(pull.body.endsWith('\r\n')).toBe(true);
    const messages = pull.body.trimEnd().split('\r\n').map((line) => JSON.parse(line));
    expect(messages[0]).toEqual({ status: 'Pulling from library/alpine', id: 'latest' });
    expect(messages.at(-1)).toEqual({ status: 'Status: Downloaded newer image for alpine:latest' });
  });

  it('answers a pull that cannot resolve with an HTTP error before any stream', async () => {
    const { call } = await withAlpine();
    const missing = await call('POST', '/images/create?fromImage=nosuch&tag=latest');
    expect(missing.status).toBe(404);
    expect(JSON.parse(missing.body).message).toBe("pull access denied for nosuch, repository does not exist or may require 'docker login': denied: requested access to the resource is denied");
    const badRef = await call('POST', '/images/create?fromImage=Alpine&tag=latest');
    expect(badRef.status).toBe(400);
    const digest = await call('POST', `/images/create?fromImage=alpine&tag=${encodeURIComponent('sha256:' + '0'.repeat(64))}`);
    expect(digest.status).toBe(404);
    expect(JSON.parse(digest.body).message).toMatch(/^manifest for alpine@sha256:0+ not found/);
  });

  it('lists images with the engine shape and reads filters in both JSON forms', async () => {
    const { call, engine } = await withAlpine();
    const all = JSON.parse((await call('GET', '/images/json')).body);
    expect(all).toEqual(engine.imageList());
    const modern = JSON.parse((await call('GET', `/images/json?filters=${encodeURIComponent('{"reference":{"alpine":true}}')}`)).body);
    const legacy = JSON.parse((await call('GET', `/images/json?filters=${encodeURIComponent('{"reference":["hello"]}')}`)).body);
    expect(modern).toHaveLength(1);
    expect(legacy).toEqual([]);
    const bad = await call('GET', `/images/json?filters=${encodeURIComponent('{"bogus":{"1":true}}')}`);
    expect(bad.status).toBe(400);
    expect(bad.body).toBe(`{"message":"invalid filter 'bogus'"}\n`);
  });

  it('serves inspect as Go encodes it, so the CLI can indent the bytes it gets', async () => {
    const { call, engine } = await withAlpine();
    const reply = await call('GET', '/images/docker.io/library/alpine:latest/json');
    expect(reply.status).toBe(200);
    expect(reply.body).toBe(`${encodeGoJson(imageInspectRecord(engine.imageInspect('alpine')))}\n`);
    expect((await call('GET', '/images/nosuch/json')).body).toBe('{"message":"No such image: nosuch:latest"}\n');
  });

  it('tags (201), shows history, removes and prunes', async () => {
    const { call, engine } = await withAlpine();
    const tag = await call('POST', '/images/alpine/tag?repo=docker.io%2Flibrary%2Fmine&tag=v1');
    expect(tag.status).toBe(201);
    expect(tag.body).toBe('');
    expect(engine.imageList().flatMap((i) => i.RepoTags)).toContain('mine:v1');
    expect(JSON.parse((await call('GET', '/images/mine:v1/history')).body)).toEqual(engine.imageHistory('mine:v1'));
    const conflict = await call('DELETE', '/images/' + engine.resolveImage('alpine').slice(7, 19));
    expect(conflict.status).toBe(409);
    expect(JSON.parse((await call('DELETE', '/images/mine:v1')).body)).toEqual([{ Untagged: 'mine:v1' }]);
    expect((await call('DELETE', '/images/mine:v1')).status).toBe(404);
    const pruned = JSON.parse((await call('POST', `/images/prune?filters=${encodeURIComponent('{"dangling":{"false":true}}')}`)).body);
    expect(pruned.ImagesDeleted[0]).toEqual({ Untagged: 'alpine:latest' });
    expect(pruned.ImagesDeleted).toContainEqual({ Deleted: expect.stringMatching(/^sha256:[0-9a-f]{64}$/) });
    expect(pruned.SpaceReclaimed).toBeGreaterThan(0);
    expect(engine.imageList()).toEqual([]);
  });
});
