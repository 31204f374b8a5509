import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deflateRawSync, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { crc32, gunzip, inflateRaw, InflateError } from '../../../../src/engine/builder/build/inflate.ts';
import { imageRootfs } from '../../../../src/engine/images/rootfs.ts';
import type { Engine } from '../../../../src/engine/engine.ts';
import type { DirNode } from '../../../../src/vfs/types.ts';
import { Vfs } from '../../../../src/vfs/vfs.ts';
import { build, buildEngine, contextOf } from './helpers.ts';

const rootfs = (engine: Engine, id: string) => new Vfs(imageRootfs(engine.store, id));

// A context from text files plus one binary file at the top.
function contextWithBinary(files: Record<string, string>, name: string, data: Uint8Array): DirNode {
  const root = contextOf(files);
  root.children.set(name, { type: 'file', data: Uint8Array.from(data), mode: 0o644, uid: 0, gid: 0, mtime: 1_700_000_000 });
  return root;
}

function sample(n: number): Uint8Array {
  const out = new Uint8Array(n);
  let seed = 7;
  for (let i = 0; i < n; i++) {
    seed = (seed * 1103515245 + 12345) >>> 0;
    // Text-like with repeats, so the encoder uses lengths, distances and both Huffman kinds.
    out[i] = i % 97 < 60 ? 'the quick brown fox '.charCodeAt(i % 20) : seed >>> 24;
  }
  return out;
}

describe('inflate', () => {
  it.each([0, 1, 6, 9])('decodes what zlib deflates at level %i', (level) => {
    for (const size of [0, 1, 100, 70_000]) {
      const data = sample(size);
      expect(inflateRaw(deflateRawSync(data, { level })).data).toEqual(data);
      expect(gunzip(gzipSync(data, { level }))).toEqual(data);
    }
  });
  it('reads concatenated gzip members and rejects a bad checksum', () => {
    const two = Buffer.concat([gzipSync(Buffer.from('a')), gzipSync(Buffer.from('b'))]);
    expect(new TextDecoder().decode(gunzip(two))).toBe('ab');
    const bad = Uint8Array.from(gzipSync(Buffer.from('hello')));
    bad[bad.length - 6]! ^= 1;
    expect(() => gunzip(bad)).toThrow(InflateError);
    expect(() => gunzip(Uint8Array.from(gzipSync(Buffer.from('hello'))).subarray(0, 12))).toThrow(InflateError);
  });
  it('computes the IEEE CRC-32', () => {
    expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926);
  });
});

describe('ADD of a local .tar.gz', () => {
  it('extracts a tarball made by GNU tar -czf', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'workbook-tgz-'));
    try {
      mkdirSync(join(dir, 'src', 'app', 'lib'), { recursive: true });
      writeFileSync(join(dir, 'src', 'app', 'index.js'), 'console.log("hi")\n');
      writeFileSync(join(dir, 'src', 'app', 'lib', 'util.js'), 'export const x = 1;\n'.repeat(200));
      execFileSync('tar', ['-czf', join(dir, 'app.tar.gz'), '-C', join(dir, 'src'), 'app']);
      const tgz = readFileSync(join(dir, 'app.tar.gz'));
      const engine = buildEngine();
      const dockerfile = 'FROM alpine:3.20\nADD app.tar.gz /opt/\nADD app.tar.gz /keep/app.tgz.d/\nCOPY app.tar.gz /copied/\n';
      const files: Record<string, string> = { Dockerfile: dockerfile };
      const { result, error } = await build(engine, files, { context: contextWithBinary(files, 'app.tar.gz', tgz), tags: ['docker.io/library/tgz:latest'] });
      expect(error).toBeUndefined();
      const fs = rootfs(engine, result!.imageId);
      expect(fs.readText('/opt/app/index.js')).toBe('console.log("hi")\n');
      expect(fs.readText('/opt/app/lib/util.js')).toBe('export const x = 1;\n'.repeat(200));
      expect(fs.readText('/keep/app.tgz.d/app/index.js')).toBe('console.log("hi")\n');
      // COPY never unpacks.
      expect(fs.stat('/copied/app.tar.gz').type).toBe('file');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
  it('copies a .gz that is not a tar as a file', async () => {
    const engine = buildEngine();
    const files: Record<string, string> = { Dockerfile: 'FROM alpine:3.20\nADD notes.gz /n/\n' };
    const gz = gzipSync(Buffer.from('just text\n'));
    const { result } = await build(engine, files, { context: contextWithBinary(files, 'notes.gz', gz) });
    expect(rootfs(engine, result!.imageId).stat('/n/notes.gz').type).toBe('file');
  });
});
