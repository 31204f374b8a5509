import { describe, expect, it } from 'vitest';
import { imageRootfs } from '../../../../src/engine/images/rootfs.ts';
import type { Engine } from '../../../../src/engine/engine.ts';
import { Vfs } from '../../../../src/vfs/vfs.ts';
import { build, buildEngine } from './helpers.ts';

const rootfs = (engine: Engine, id: string) => new Vfs(imageRootfs(engine.store, id));
const exists = (fs: Vfs, path: string) => {
  try {
    fs.stat(path);
    return true;
  } catch {
    return false;
  }
};
const history = (engine: Engine, id: string) => engine.store.config(id).history.map((h) => h.created_by);

describe('COPY --exclude, --parents, --link', () => {
  const files = {
    'home.md': 'm',
    'home.txt': 't',
    'homer.js': 'j',
    'x/a.txt': 'xa',
    'y/a.txt': 'ya',
    'x/y/b.txt': 'xyb',
    'src/app.js': 'app',
    'src/app.test.js': 'test',
    'src/lib/util.js': 'util',
  };

  it('--exclude drops matching sources and entries inside copied directories', async () => {
    const engine = buildEngine();
    const Dockerfile = 'FROM alpine:3.20\nCOPY --exclude=*.txt --exclude=*.md hom* /mydir/\nCOPY --exclude=*.test.js src /app/\n';
    const { result, error } = await build(engine, { ...files, Dockerfile });
    expect(error).toBeUndefined();
    const fs = rootfs(engine, result!.imageId);
    expect([...fs.readdir('/mydir')].sort()).toEqual(['homer.js']);
    expect([...fs.readdir('/app')].sort()).toEqual(['app.js', 'lib']);
    expect(fs.readText('/app/lib/util.js')).toBe('util');
    // --exclude is not part of the history text.
    expect(history(engine, result!.imageId).slice(-2)).toEqual(['COPY hom* /mydir/ # buildkit', 'COPY src /app/ # buildkit']);
  });

  it('--parents keeps the source directories, from the root or from a /./ pivot', async () => {
    const engine = buildEngine();
    const Dockerfile = 'FROM alpine:3.20\nCOPY ./x/a.txt ./y/a.txt /no_parents/\nCOPY --parents ./x/a.txt ./y/a.txt /parents/\nCOPY --parents ./x/./y/*.txt /pivot/\n';
    const { result, error } = await build(engine, { ...files, Dockerfile });
    expect(error).toBeUndefined();
    const fs = rootfs(engine, result!.imageId);
    expect(fs.readText('/no_parents/a.txt')).toBe('ya');
    expect(fs.readText('/parents/x/a.txt')).toBe('xa');
    expect(fs.readText('/parents/y/a.txt')).toBe('ya');
    expect(fs.readText('/pivot/y/b.txt')).toBe('xyb');
    expect(exists(fs, '/pivot/x')).toBe(false);
    expect(history(engine, result!.imageId).slice(-2)).toEqual([
      'COPY --parents ./x/a.txt ./y/a.txt /parents/ # buildkit',
      'COPY --parents ./x/./y/*.txt /pivot/ # buildkit',
    ]);
  });

  it('--parents with ** matches files at any depth', async () => {
    const engine = buildEngine();
    const tree = { 'src/a.txt': 'a', 'src/x/b.txt': 'b', 'src/x/y/c.txt': 'c', 'src/x/skip.md': 'm', Dockerfile: 'FROM alpine:3.20\nCOPY --parents ./src/**/*.txt /parents/\n' };
    const { result, error } = await build(engine, tree);
    expect(error).toBeUndefined();
    const fs = rootfs(engine, result!.imageId);
    expect(['/parents/src/a.txt', '/parents/src/x/b.txt', '/parents/src/x/y/c.txt'].map((p) => fs.readText(p))).toEqual(['a', 'b', 'c']);
    expect(exists(fs, '/parents/src/x/skip.md')).toBe(false);
  });

  it('--link copies the same files and writes the same history as a plain COPY', async () => {
    const engine = buildEngine();
    const { result } = await build(engine, { ...files, Dockerfile: 'FROM alpine:3.20\nCOPY --link --chmod=600 src /app/\n' });
    const fs = rootfs(engine, result!.imageId);
    expect(fs.readText('/app/app.js')).toBe('app');
    expect(fs.stat('/app/app.js').mode & 0o777).toBe(0o600);
    expect(history(engine, result!.imageId).at(-1)).toBe('COPY --chmod=600 src /app/ # buildkit');
  });

  it('a changed --exclude list is a different step (no stale cache)', async () => {
    const engine = buildEngine();
    await build(engine, { ...files, Dockerfile: 'FROM alpine:3.20\nCOPY --exclude=*.md hom* /d/\n' });
    const { result } = await build(engine, { ...files, Dockerfile: 'FROM alpine:3.20\nCOPY --exclude=*.js hom* /d/\n' });
    expect([...rootfs(engine, result!.imageId).readdir('/d')].sort()).toEqual(['home.md', 'home.txt']);
  });
});
