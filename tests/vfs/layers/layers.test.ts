// Layer stacking and diffing: what `docker diff` lists and what `docker commit` writes.
import { describe, expect, it } from 'vitest';
import { Vfs, cloneNode } from '../../../src/vfs/vfs.ts';
import { applyLayer, diffTrees, layerFromDiff, treeFromLayers, entriesOfTree } from '../../../src/vfs/layers/index.ts';
import { readTar } from '../../../src/vfs/tar/read.ts';
import { writeTar } from '../../../src/vfs/tar/write.ts';
import type { TarEntry } from '../../../src/vfs/tar/entry.ts';

const enc = new TextEncoder();
const file = (path: string, text: string, mtime = 100): TarEntry => ({ path, type: 'file', mode: 0o644, uid: 0, gid: 0, mtime, data: enc.encode(text) });
const dir = (path: string, mtime = 100): TarEntry => ({ path, type: 'dir', mode: 0o755, uid: 0, gid: 0, mtime });

const base = [dir('etc'), file('etc/motd', 'welcome'), file('etc/hostname', 'box'), dir('var'), dir('var/log'), file('var/log/a.log', 'a'), dir('tmp')];

describe('layers', () => {
  it('stacks layers with whiteouts and opaque directories', () => {
    const upper = [file('etc/.wh.motd', ''), dir('var/log'), file('var/log/.wh..wh..opq', ''), file('var/log/b.log', 'b'), file('etc/new', 'n')];
    const fs = new Vfs(treeFromLayers([base, upper]));
    expect(fs.exists('/etc/motd')).toBe(false);
    expect(fs.readdir('/var/log')).toEqual(['b.log']);
    expect(fs.readText('/etc/new')).toBe('n');
    expect(fs.readText('/etc/hostname')).toBe('box');
  });

  it('lists a container’s changes as docker diff does', () => {
    const lower = treeFromLayers([base]);
    const fs = new Vfs(cloneNode(lower), { clock: () => 200_000 });
    fs.writeFile('/etc/hostname', 'changed');
    fs.rm('/var/log', { recursive: true });
    fs.mkdir('/app');
    fs.writeFile('/app/main.sh', 'echo hi');
    expect(diffTrees(lower, fs.root).map((c) => `${c.kind} ${c.path}`)).toEqual(['A /app', 'A /app/main.sh', 'C /etc', 'C /etc/hostname', 'C /var', 'D /var/log']);
  });

  it('writes a layer that reproduces the upper tree on top of the lower one, through real tar bytes', () => {
    const lower = treeFromLayers([base]);
    const fs = new Vfs(cloneNode(lower), { clock: () => 300_000 });
    fs.rm('/etc/motd');
    fs.writeFile('/tmp/x', 'x');
    fs.symlink('/etc/hostname', '/etc/name');
    const layer = readTar(writeTar(layerFromDiff(lower, fs.root)));
    expect(layer.map((e) => e.path)).toEqual(['etc', 'etc/.wh.motd', 'etc/name', 'tmp', 'tmp/x']);
    const rebuilt = cloneNode(lower);
    applyLayer(rebuilt, layer);
    expect(entriesOfTree(rebuilt)).toEqual(entriesOfTree(fs.root));
  });

  it('an untouched tree has no changes and an empty layer', () => {
    const lower = treeFromLayers([base]);
    expect(diffTrees(lower, cloneNode(lower))).toEqual([]);
    expect(layerFromDiff(lower, cloneNode(lower))).toEqual([]);
  });
});
