// Every layer of every catalog image, as the tar a registry serves: no path twice and no malformed
// member, because real tools refuse such archives (buildah: "duplicates of file paths not supported").
import { describe, expect, it } from 'vitest';
import { hubCatalog } from '../../../src/engine/registry/catalog/index.ts';
import { isLayer } from '../../../src/engine/registry/catalog/types.ts';
import { writeTar } from '../../../src/vfs/tar/write.ts';
import { readTar } from '../../../src/vfs/tar/read.ts';
import type { TarEntry } from '../../../src/vfs/tar/entry.ts';

/** The faults a real tool would reject in one layer's members, as readable lines. */
function faults(entries: TarEntry[]): string[] {
  const found: string[] = [];
  const seen = new Set<string>();
  for (const e of entries) {
    if (!e.path || e.path.startsWith('/') || e.path.split('/').some((part) => part === '' || part === '.' || part === '..')) found.push(`malformed path ${JSON.stringify(e.path)}`);
    if (seen.has(e.path)) found.push(`duplicate ${e.path}`);
    seen.add(e.path);
    if ((e.type === 'symlink' || e.type === 'hardlink') && !e.linkTarget) found.push(`${e.type} without a target: ${e.path}`);
  }
  return found;
}

describe('catalog layers', () => {
  it('finds a duplicate and a malformed path in a hand-made layer (the check can fail)', () => {
    const file = (path: string): TarEntry => ({ path, type: 'file', mode: 0o644, uid: 0, gid: 0, mtime: 0, data: new Uint8Array() });
    expect(faults([file('usr/bin/iconv'), file('usr/bin/iconv'), file('a/../b')])).toEqual(['duplicate usr/bin/iconv', 'malformed path "a/../b"']);
  });

  it('holds no path twice and no malformed member in any layer of any image, on any platform', () => {
    const walked = new Set<readonly TarEntry[]>();
    const problems: string[] = [];
    for (const repo of hubCatalog.values()) {
      for (const [key, image] of Object.entries(repo.images)) {
        for (const platform of image.platforms) {
          for (const step of image.recipe(platform).steps) {
            if (!isLayer(step) || walked.has(step.files)) continue;
            walked.add(step.files);
            for (const fault of faults(readTar(writeTar(step.files)))) problems.push(`${repo.name} ${key} ${platform} (${step.createdBy.slice(0, 40)}): ${fault}`);
          }
        }
      }
    }
    expect(walked.size).toBeGreaterThan(50);
    expect(problems).toEqual([]);
  }, 300_000); // packs every distinct layer of the Hub: a walk, not a speed check
});
