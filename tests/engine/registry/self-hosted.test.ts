// A self-hosted registry (what `registry:2` serves) reached through the daemon's registry transport:
// push, pull back after rmi, and Docker's errors when nothing listens or the repository is unknown.
import { describe, expect, it } from 'vitest';
import { Engine } from '../../../src/engine/engine.ts';
import { EngineError } from '../../../src/engine/errors/engine-error.ts';
import { normalizeReference } from '../../../src/engine/images/names.ts';
import type { JsonMessage } from '../../../src/engine/api/images.ts';
import { NetError } from '../../../src/kernel/net.ts';
import { simulatedClock } from '../../../src/session/clock.ts';
import { pullInto, seedStates } from '../../support/engine-states.ts';

async function drain(stream: AsyncGenerator<JsonMessage>): Promise<string[]> {
  const lines: string[] = [];
  for await (const m of stream) {
    if (m.progressDetail?.total) continue;
    lines.push(m.error ?? (m.id ? `${m.id}: ${m.status}` : m.status ?? ''));
  }
  return lines;
}

describe('self-hosted registry', () => {
  it('pushes every layer, then a pull after rmi gets the same image back', async () => {
    const { engine, registry } = seedStates.localRegistry();
    await drain(engine.imageCreate({ ref: normalizeReference('alpine:latest') }));
    engine.imageTag('alpine', 'localhost:5000/app', 'v1');
    const id = engine.resolveImage('localhost:5000/app:v1');
    const lines = await drain(engine.imagePush({ ref: normalizeReference('localhost:5000/app:v1') }));
    expect(lines[0]).toBe('The push refers to repository [localhost:5000/app]');
    expect(lines[1]).toMatch(/^[0-9a-f]{12}: Preparing$/);
    expect(lines[2]).toMatch(/^[0-9a-f]{12}: Pushed$/);
    expect(lines[3]).toMatch(/^v1: digest: sha256:[0-9a-f]{64} size: \d+$/);
    expect(registry.tagsOf('app')).toEqual(['v1']);

    engine.imageDelete('localhost:5000/app:v1');
    engine.imageDelete('alpine');
    expect(() => engine.resolveImage(id)).toThrow(EngineError);
    const pulled = await drain(engine.imageCreate({ ref: normalizeReference('localhost:5000/app:v1') }));
    expect(pulled[0]).toBe('v1: Pulling from app');
    expect(pulled.at(-1)).toBe('Status: Downloaded newer image for localhost:5000/app:v1');
    expect(engine.resolveImage('localhost:5000/app:v1')).toBe(id);

    const again = await drain(engine.imagePush({ ref: normalizeReference('localhost:5000/app:v1') }));
    expect(again[2]).toMatch(/: Layer already exists$/);
  });

  it('reports an unknown tag as the manifest not found', async () => {
    const { engine } = seedStates.localRegistry();
    await expect(drain(engine.imageCreate({ ref: normalizeReference('localhost:5000/nope:v9') }))).rejects.toThrow(
      'manifest for localhost:5000/nope:v9 not found: manifest unknown: manifest unknown',
    );
  });

  it('says connection refused, as Go dials it, when nothing listens', async () => {
    const engine = new Engine(simulatedClock());
    engine.registryTransport = async () => {
      throw new NetError('ECONNREFUSED', 'refused');
    };
    engine.imageTag(await pullAlpine(engine), 'localhost:5000/app');
    const lines = await drain(engine.imagePush({ ref: normalizeReference('localhost:5000/app:latest') }));
    expect(lines).toEqual(['The push refers to repository [localhost:5000/app]', 'Get "http://localhost:5000/v2/": dial tcp [::1]:5000: connect: connection refused']);
    await expect(drain(engine.imageCreate({ ref: normalizeReference('localhost:5000/app:latest') }))).rejects.toThrow(
      'Get "http://localhost:5000/v2/": dial tcp [::1]:5000: connect: connection refused',
    );
  });

  it('keeps Hub pushes and accounts across a snapshot', async () => {
    const engine = new Engine(simulatedClock());
    await engine.registryLogin({ username: 'learner1', password: 'secret123', serveraddress: 'https://index.docker.io/v1/' });
    engine.imageTag(await pullAlpine(engine), 'learner1/app');
    await drain(engine.imagePush({ ref: normalizeReference('learner1/app:latest') }, { username: 'learner1', password: 'secret123' }));
    const restored = new Engine(simulatedClock(), structuredClone(engine.snapshot()));
    expect(restored.hub.tagsOf('learner1/app')).toEqual(['latest']);
    await expect(restored.registryLogin({ username: 'learner1', password: 'another1', serveraddress: '' })).rejects.toThrow('unauthorized: incorrect username or password');
    expect((await restored.imageSearch({ term: 'learner1' })).map((r) => r.name)).toEqual(['learner1/app']);
  });
});

async function pullAlpine(engine: Engine): Promise<string> {
  await pullInto(engine, 'alpine:latest');
  return 'alpine';
}
