// The daemon side of `docker pull`: what it streams, what it stores, and its errors.
import { describe, expect, it } from 'vitest';
import { Engine } from '../../../src/engine/engine.ts';
import { EngineError } from '../../../src/engine/errors/engine-error.ts';
import { normalizeReference } from '../../../src/engine/images/names.ts';
import type { JsonMessage } from '../../../src/engine/api/images.ts';
import { simulatedClock } from '../../../src/session/clock.ts';

async function pull(engine: Engine, name: string, platform?: string): Promise<JsonMessage[]> {
  const out: JsonMessage[] = [];
  for await (const m of engine.imageCreate({ ref: normalizeReference(name.includes(':') || name.includes('@') ? name : `${name}:latest`), platform })) out.push(m);
  return out;
}

const statusLines = (messages: JsonMessage[]) => messages.filter((m) => !m.progressDetail?.total).map((m) => (m.id ? `${m.id}: ${m.status}` : m.status));

describe('pull', () => {
  it('streams the layer lifecycle, then the digest and status, and tags the image', async () => {
    const engine = new Engine(simulatedClock());
    const lines = statusLines(await pull(engine, 'alpine'));
    expect(lines[0]).toBe('latest: Pulling from library/alpine');
    expect(lines[1]).toMatch(/^[0-9a-f]{12}: Pulling fs layer$/);
    expect(lines.slice(2, 5).map((l) => l?.slice(14))).toEqual(['Verifying Checksum', 'Download complete', 'Pull complete']);
    expect(lines[5]).toMatch(/^Digest: sha256:[0-9a-f]{64}$/);
    expect(lines[6]).toBe('Status: Downloaded newer image for alpine:latest');
    expect(engine.imageList().map((i) => i.RepoTags)).toEqual([['alpine:latest']]);
  });

  it('says the image is up to date the second time and downloads nothing', async () => {
    const engine = new Engine(simulatedClock());
    await pull(engine, 'alpine');
    const lines = statusLines(await pull(engine, 'alpine'));
    expect(lines).toEqual(['latest: Pulling from library/alpine', expect.stringMatching(/^Digest: /), 'Status: Image is up to date for alpine:latest']);
  });

  it('gives one image two names when two tags are the same image, stored once', async () => {
    const engine = new Engine(simulatedClock());
    await pull(engine, 'alpine:3.21');
    const before = engine.store.storedBytes();
    await pull(engine, 'alpine:latest');
    const images = engine.imageList();
    expect(images).toHaveLength(1);
    expect(images[0].RepoTags.sort()).toEqual(['alpine:3.21', 'alpine:latest']);
    expect(engine.store.storedBytes()).toBe(before);
  });

  it('uses real content digests: the image ID is the sha256 of its config, the same on every run', async () => {
    const a = new Engine(simulatedClock());
    const b = new Engine(simulatedClock());
    await pull(a, 'alpine:3.20');
    await pull(b, 'alpine:3.20');
    const id = a.imageList()[0].Id;
    expect(id).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(b.imageList()[0].Id).toBe(id);
    const { sha256Digest } = await import('../../../src/engine/model/digest.ts');
    expect(sha256Digest(a.store.getBlob(id)!)).toBe(id);
  });

  it('reports the real image size of alpine', async () => {
    const engine = new Engine(simulatedClock());
    await pull(engine, 'alpine:3.20');
    expect(engine.imageList()[0].Size).toBe(7_800_000);
  });

  it('picks the requested platform from the manifest list', async () => {
    const engine = new Engine(simulatedClock());
    await pull(engine, 'alpine:3.20', 'linux/arm64');
    expect(engine.store.config(engine.imageList()[0].Id).architecture).toBe('arm64');
  });

  it('refuses unknown repositories, tags and platforms with dockerd’s messages', async () => {
    const engine = new Engine(simulatedClock());
    const error = (fn: () => unknown) => {
      try {
        fn();
      } catch (e) {
        expect(e).toBeInstanceOf(EngineError);
        return (e as Error).message;
      }
      throw new Error('no error');
    };
    expect(error(() => engine.imageCreate({ ref: normalizeReference('nope:latest') }))).toBe(
      "pull access denied for nope, repository does not exist or may require 'docker login': denied: requested access to the resource is denied",
    );
    expect(error(() => engine.imageCreate({ ref: normalizeReference('alpine:9.9') }))).toBe('manifest for alpine:9.9 not found: manifest unknown: manifest unknown');
    expect(error(() => engine.imageCreate({ ref: normalizeReference('alpine:3.18'), platform: 'linux/arm64/v8/x' }))).toBe(
      '"linux/arm64/v8/x": cannot parse platform specifier: invalid argument',
    );
    // The platform is missing only once the pull has begun: the error comes in the stream, after "Pulling from".
    const messages = [];
    for await (const m of engine.imageCreate({ ref: normalizeReference('alpine:3.18'), platform: 'linux/riscv64' })) messages.push(m);
    expect(messages).toEqual([
      { status: 'Pulling from library/alpine', id: '3.18' },
      { error: 'no matching manifest for linux/riscv64 in the manifest list entries', errorDetail: { message: 'no matching manifest for linux/riscv64 in the manifest list entries' } },
    ]);
  });

  it('survives a snapshot round trip', async () => {
    const engine = new Engine(simulatedClock());
    await pull(engine, 'hello-world');
    const copy = new Engine(simulatedClock(), structuredClone(engine.snapshot()));
    expect(copy.imageList()).toEqual(engine.imageList());
  });
});
