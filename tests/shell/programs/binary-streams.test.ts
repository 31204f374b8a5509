// Binary data through the shell's text streams: tar, docker save/load/export/import and nc all carry bytes in
// the shell's one codec (vfs/utf8.ts), so a redirect or a pipe keeps every byte, whatever mix of programs writes
// and reads it.
import { describe, expect, it } from 'vitest';
import { transcript } from '../../../src/sim/run-script.ts';

describe('bytes through pipes and redirects', () => {
  it('tar cf - > file writes the same archive as tar cf file, and non-UTF-8 bytes come back out', async () => {
    const out = await transcript([
      'mkdir d && head -c 300 /dev/urandom > d/r && echo héllo > d/t',
      'tar cf - d > piped.tar; tar cf direct.tar d',
      '[ "$(sha256sum < piped.tar)" = "$(sha256sum < direct.tar)" ] && echo same',
      '[ "$(tar xOf piped.tar d/r | sha256sum)" = "$(sha256sum < d/r)" ] && echo r-ok',
      'tar cf - d | tar xOf - d/t',
    ].join('\n'));
    expect(out).toBe('same\nr-ok\nhéllo\n');
  });

  it('docker save to stdout, through a redirect or a pipe, is the archive save -o writes; load and import read it back', async () => {
    const out = await transcript([
      'docker pull -q alpine:3.21 >/dev/null',
      'docker save alpine:3.21 > piped.tar; docker save -o direct.tar alpine:3.21',
      '[ "$(sha256sum < piped.tar)" = "$(sha256sum < direct.tar)" ] && echo same',
      'docker save alpine:3.21 | tar tf - | grep -c blobs/sha256/',
      'docker rmi -f alpine:3.21 >/dev/null; docker load < piped.tar',
      'docker create --name box alpine:3.21 >/dev/null; docker export box > box.tar; docker export -o box2.tar box; [ "$(sha256sum < box.tar)" = "$(sha256sum < box2.tar)" ] && echo export-same',
      'docker import - imported < box.tar | cut -c1-7',
    ].join('\n'));
    const lines = out.split('\n');
    expect(lines[0]).toBe('same');
    expect(Number(lines[1])).toBeGreaterThan(1);
    expect(lines[2]).toBe('Loaded image: alpine:3.21');
    expect(lines[3]).toBe('export-same');
    expect(lines[4]).toMatch(/^sha256:?/);
  });
});
