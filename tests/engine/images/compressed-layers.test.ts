// Layers travel compressed, as registries hold them: a pull shows the gzip blobs' digests, which are
// not the RootFS diff IDs inspect lists; the blobs are real gzip whose tar hashes to the diff ID; a
// push uploads gzip blobs and its manifest names them.
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { Engine } from '../../../src/engine/engine.ts';
import { normalizeReference } from '../../../src/engine/images/names.ts';
import { sha256Digest } from '../../../src/engine/model/digest.ts';
import { Registry, dockerHub } from '../../../src/engine/registry/registry.ts';
import { registryV2Handler } from '../../../src/engine/registry/v2-server.ts';
import { decodeUtf8 } from '../../../src/vfs/utf8.ts';
import { simulatedClock } from '../../../src/session/clock.ts';
import type { JsonMessage } from '../../../src/engine/api/images.ts';

async function drain(stream: AsyncGenerator<JsonMessage>): Promise<JsonMessage[]> {
  const out: JsonMessage[] = [];
  for await (const m of stream) out.push(m);
  return out;
}

describe('compressed layers', () => {
  it('shows blob digests in pull progress and diff IDs in inspect, and they differ', async () => {
    const engine = new Engine(simulatedClock());
    const messages = await drain(engine.imageCreate({ ref: normalizeReference('nginx:alpine') }));
    const pulled = [...new Set(messages.filter((m) => m.status === 'Pull complete').map((m) => m.id))];
    const manifest = dockerHub().resolveTag('library/nginx', 'alpine')!.manifests.find((m) => m.platform === 'linux/amd64')!;
    expect(pulled).toEqual(manifest.layers.map((l) => l.digest.slice(7, 19)));
    const diffIds = engine.imageInspect('nginx:alpine').RootFS.Layers ?? [];
    expect(diffIds).toEqual(manifest.layers.map((l) => l.diffId));
    for (const [i, id] of pulled.entries()) expect(diffIds[i].slice(7, 19)).not.toBe(id);
  });

  it('serves each layer as valid gzip of the tar, listed by its compressed digest and size', async () => {
    const hub = dockerHub();
    const handler = registryV2Handler(hub);
    const manifest = hub.resolveTag('library/alpine', '3.21')!.manifests.find((m) => m.platform === 'linux/amd64')!;
    const get = async (path: string) => (await handler({ method: 'GET', path, headers: {}, body: new Uint8Array() })).body;
    const json = JSON.parse(decodeUtf8(await get(`/v2/library/alpine/manifests/${manifest.digest}`))) as { layers: { mediaType: string; digest: string; size: number }[] };
    expect(json.layers).toHaveLength(1);
    const [layer] = json.layers;
    expect(layer.mediaType).toBe('application/vnd.oci.image.layer.v1.tar+gzip');
    const blob = await get(`/v2/library/alpine/blobs/${layer.digest}`);
    expect(sha256Digest(blob)).toBe(layer.digest);
    expect(blob.length).toBe(layer.size);
    expect(sha256Digest(gunzipSync(blob))).toBe(manifest.config.rootfs.diff_ids[0]);
  });

  it('pushes gzip blobs to a self-hosted registry and pulls the same image back', async () => {
    const engine = new Engine(simulatedClock());
    const registry = new Registry('localhost:5000');
    const handler = registryV2Handler(registry);
    engine.registryTransport = async (_host, _port, request) => handler(request);
    await drain(engine.imageCreate({ ref: normalizeReference('alpine:3.21') }));
    engine.imageTag('alpine:3.21', 'localhost:5000/app', 'v1');
    const id = engine.resolveImage('localhost:5000/app:v1');
    await drain(engine.imagePush({ ref: normalizeReference('localhost:5000/app:v1') }));
    const diffId = engine.imageInspect(id).RootFS.Layers![0];
    const blobs = [...registry.blobs.values()].filter((b) => b[0] === 0x1f && b[1] === 0x8b);
    expect(blobs).toHaveLength(1);
    expect(sha256Digest(gunzipSync(blobs[0]))).toBe(diffId);
    engine.imageDelete('localhost:5000/app:v1');
    engine.imageDelete('alpine:3.21');
    const again = await drain(engine.imageCreate({ ref: normalizeReference('localhost:5000/app:v1') }));
    expect(again.some((m) => m.id === sha256Digest(blobs[0]).slice(7, 19) && m.status === 'Pull complete')).toBe(true);
    expect(engine.resolveImage('localhost:5000/app:v1')).toBe(id);
  });
});
