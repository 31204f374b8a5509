// Read-only mounts as runc makes them: `-v src:dst:ro`, `--mount …,readonly` and `docker run --read-only`
// make every change under them fail with EROFS ("Read-only file system"), worded as each program words
// it (busybox and ash on Alpine, GNU and dash on Debian); reads still work, other mounts keep their own
// mode, and /dev/null, /etc/hosts, /etc/hostname and /etc/resolv.conf stay writable under --read-only.
import { describe, expect, it } from 'vitest';
import { transcript } from '../../../src/sim/run-script.ts';

const run = async (lines: string) => (await transcript(`mkdir -p data && echo hi > data/f\n${lines}`)).split('\n').filter((l) => !/^(Unable|[\w.-]+: Pull|[0-9a-f]{12}: |Digest|Status|latest|bookworm)/.test(l)).join('\n');

describe('read-only mounts', () => {
  it('-v src:dst:ro in Alpine: busybox and ash report EROFS, reads and other paths work', async () => {
    const out = await run(`docker run --rm -v $PWD/data:/d:ro alpine sh -c 'cat /d/f; touch /d/a; echo "touch $?"; echo x > /d/f; mkdir /d/x; rm /d/f; rm -rf /d/f; ln -s f /d/l; chmod 600 /d/f; cp /etc/hostname /d/; mv /d/f /d/g; ls /d; touch /tmp/ok && echo tmp-ok'`);
    expect(out).toBe([
      'hi', 'touch: /d/a: Read-only file system', 'touch 1', "sh: can't create /d/f: Read-only file system",
      "mkdir: can't create directory '/d/x': Read-only file system", "rm: can't remove '/d/f': Read-only file system",
      "rm: can't remove '/d/f': Read-only file system", "ln: /d/l: Read-only file system", 'chmod: /d/f: Read-only file system', "cp: can't create '/d/hostname': Read-only file system", "mv: can't rename '/d/f': Read-only file system", 'f', 'tmp-ok', '',
    ].join('\n'));
  });

  it('--mount …,readonly in Debian: GNU tools and dash report EROFS, the host directory is untouched', async () => {
    const out = await run(`docker run --rm --mount type=bind,src=$PWD/data,dst=/d,readonly debian:bookworm-slim sh -c 'touch /d/a; echo x > /d/f; mkdir /d/x; rm /d/f; cp /etc/hostname /d/h; cp /etc/hostname /d/; mv /d/f /d/g'\nls data`);
    expect(out).toBe([
      "touch: cannot touch '/d/a': Read-only file system", 'sh: 1: cannot create /d/f: Read-only file system',
      "mkdir: cannot create directory '/d/x': Read-only file system", "rm: cannot remove '/d/f': Read-only file system",
      "cp: cannot create regular file '/d/h': Read-only file system", "cp: cannot create regular file '/d/hostname': Read-only file system",
      "mv: cannot move '/d/f' to '/d/g': Read-only file system", 'f', '',
    ].join('\n'));
  });

  it('docker run --read-only: the root refuses changes (tar x, apk add too); volumes, /dev/null and /etc/hosts stay writable', async () => {
    const out = await run(`docker run --rm --read-only -v vol:/data alpine sh -c 'touch /a; mkdir /tmp/x; echo ok > /dev/null && echo devnull-ok; echo "1.2.3.4 x" >> /etc/hosts && echo hosts-ok; touch /data/ok && echo vol-ok; tar cf /data/t.tar -C /etc hostname && tar xf /data/t.tar -C /root; apk add -q curl >/dev/null 2>&1 || echo apk-failed'`);
    expect(out).toBe([
      'touch: /a: Read-only file system', "mkdir: can't create directory '/tmp/x': Read-only file system", 'devnull-ok', 'hosts-ok', 'vol-ok',
      'tar: can\'t open \'hostname\': Read-only file system', 'apk-failed', '',
    ].join('\n'));
  });
});
