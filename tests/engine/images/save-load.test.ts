// `docker save` writes an archive real tar reads (OCI layout + manifest.json); `docker load` of it
// after rmi gives back the same image ID and tag.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readTar } from '../../../src/vfs/tar/read.ts';
import { seedStates } from '../../support/engine-states.ts';

describe('save and load', () => {
  it('round-trips: save, rmi, load gives the same image ID and tag', async () => {
    const engine = await seedStates.alpine();
    const id = engine.resolveImage('alpine');
    const archive = engine.imagesGet(['alpine']);
    engine.imageDelete('alpine');
    expect(engine.imageList()).toEqual([]);
    const messages = engine.imagesLoad(archive, true);
    expect(messages.map((m) => m.status)).toEqual(['Loaded image: alpine:latest']);
    expect(engine.resolveImage('alpine:latest')).toBe(id);
  });

  it('writes the Docker 28 layout that GNU tar lists and whose manifest.json parses', async () => {
    const engine = await seedStates.alpine();
    const id = engine.resolveImage('alpine');
    const archive = engine.imagesGet(['alpine']);
    const dir = mkdtempSync(join(tmpdir(), 'save-'));
    writeFileSync(join(dir, 'a.tar'), archive);
    const listing = execFileSync('tar', ['-tf', join(dir, 'a.tar')], { encoding: 'utf8' }).trim().split('\n');
    expect(listing).toContain('index.json');
    expect(listing).toContain('manifest.json');
    expect(listing).toContain('oci-layout');
    expect(listing).toContain('repositories');
    expect(listing).toContain(`blobs/sha256/${id.slice(7)}`);
    const files = new Map(readTar(archive).map((e) => [e.path, new TextDecoder().decode(e.data)]));
    const manifest = JSON.parse(files.get('manifest.json')!) as { Config: string; RepoTags: string[]; Layers: string[] }[];
    expect(manifest).toEqual([{ Config: `blobs/sha256/${id.slice(7)}`, RepoTags: ['alpine:latest'], Layers: [expect.stringMatching(/^blobs\/sha256\/[0-9a-f]{64}$/)] }]);
    const index = JSON.parse(files.get('index.json')!) as { manifests: { annotations: Record<string, string> }[] };
    expect(index.manifests[0].annotations).toEqual({ 'io.containerd.image.name': 'docker.io/library/alpine:latest', 'org.opencontainers.image.ref.name': 'latest' });
  });

  it('loads an archive saved by ID untagged', async () => {
    const engine = await seedStates.alpine();
    const id = engine.resolveImage('alpine');
    const archive = engine.imagesGet([id]);
    engine.imageDelete('alpine');
    expect(engine.imagesLoad(archive, true).map((m) => m.status)).toEqual([`Loaded image ID: ${id}`]);
  });
});
