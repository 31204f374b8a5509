// diff and cmp are in every Debian and Ubuntu image (diffutils is essential) and in Alpine's busybox:
// they run there, in each image's flavour, rather than answering "not supported in the workbook".
import { describe, expect, it } from 'vitest';
import { exec, imageFs } from '../userland/images.ts';

describe('diff and cmp in images', () => {
  for (const [image, header] of [['library/debian:12', '1c1\n< a\n---\n> b\n'], ['library/alpine:3', '--- /tmp/x\n+++ /tmp/y\n@@ -1 +1 @@\n-a\n+b\n']] as const) {
    it(`${image}: diff prints its flavour's format, cmp its message`, async () => {
      const fs = imageFs(image);
      fs.writeFile('/tmp/x', 'a\n');
      fs.writeFile('/tmp/y', 'b\n');
      expect(await exec(fs, ['diff', '/tmp/x', '/tmp/y'])).toEqual({ out: header, err: '', code: 1 });
      expect(await exec(fs, ['cmp', '/tmp/x', '/tmp/y'])).toEqual({ out: '/tmp/x /tmp/y differ: char 1, line 1\n', err: '', code: 1 });
    });
  }
});
