// dd against the real coreutils dd and busybox dd: blocks, counts, offsets, conversions, records lines and errors.
// GNU's transfer line times the copy, so its cases say status=noxfer or keep stdout only; its shape is tested below.
import { describe, expect, it } from 'vitest';
import { differential } from './cases.ts';
import { simulated } from './oracle.ts';
import { transcript } from '../../../src/sim/run-script.ts';

const FILES = { a: 'hello world\n', b: 'abc', x: 'XXXXXXXXXXXXXXXX\n', 'd/k': 'k\n' };

differential('dd', FILES, [
  'dd if=a bs=3 count=2 skip=1 status=noxfer',
  'dd if=a status=noxfer',
  'dd if=a of=o bs=5 status=none; cat o',
  'dd if=a ibs=5 obs=3 status=noxfer',
  'dd if=a bs=5 conv=sync status=noxfer | od -c',
  "printf 'hello' | dd bs=2 status=noxfer",
  'dd if=a of=o bs=1 seek=3 status=none; od -c o',
  'dd if=b of=x conv=notrunc status=none; cat x',
  'dd if=b of=x bs=1 seek=4 conv=notrunc status=none; cat x',
  'dd if=b of=x bs=1 seek=4 status=none; od -c x',
  'dd if=a bs=4 conv=swab status=noxfer',
  'dd if=a iflag=skip_bytes,count_bytes skip=2 count=5 bs=4 status=noxfer',
  'dd if=a bs=1k count=1 status=noxfer; echo $?',
  'dd if=a skip=100 status=noxfer',
  'dd if=nope; echo $?',
  'dd if=a of=nodir/x; echo $?',
  'dd if=a of=d; echo $?',
  'dd bs=x; echo $?',
  'dd if=a bs=0; echo $?',
  'dd if=a conv=foo; echo $?',
  'dd if=a status=foo; echo $?',
  'dd if=a iflag=foo; echo $?',
  'dd if=a status=progress 2>/dev/null; echo $?',
  { cmd: 'dd if=a of=o; cat o', only: 'busybox' },
  { cmd: 'dd foo=bar; echo $?', only: 'gnu' },
  { cmd: 'dd if=a conv=ucase status=noxfer', only: 'gnu' },
  { cmd: 'dd if=a conv=lcase,ucase', only: 'gnu' },
  { cmd: 'dd if=a count=1x2 bs=3 status=noxfer', only: 'gnu' },
  { cmd: 'dd if=a conv=excl of=b; echo $?', only: 'gnu' },
  { cmd: 'dd if=d status=noxfer; echo $?', only: 'gnu' },
  { cmd: 'dd if=a conv=ucase; echo $?', only: 'busybox' },
]);

describe('dd (busybox) refuses a bad operand with its usage', () => {
  it('prints the banner and the recorded usage on stderr, exit 1', async () => {
    const r = await simulated('busybox', FILES).run('dd foo=bar');
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/^BusyBox v1\.\d+\.\d+ .*multi-call binary\.\n\nUsage: dd \[if=FILE\] \[of=FILE\]/);
  });
});

describe('dd in containers: /dev/zero and /dev/urandom, the transfer line, the image size', () => {
  it('Debian (coreutils) and Alpine (busybox) copy from the devices into files that count in the image', async () => {
    const out = await transcript([
      'docker pull -q debian >/dev/null; docker pull -q alpine >/dev/null',
      'docker run --rm debian sh -c "dd if=/dev/zero of=big bs=1M count=10; wc -c < big; dd if=/dev/zero of=/dev/null bs=1M count=2000 2>&1 | tail -1; dd if=/dev/urandom bs=16 count=1 2>/dev/null | wc -c; dd if=/dev/zero bs=1k 2>/dev/null | head -c 3000 | wc -c"',
      'docker run --name box alpine sh -c "dd if=/dev/zero of=/big bs=1M count=50; wc -c < /big; dd if=/dev/zero of=/dev/null bs=1M count=2000; dd if=/dev/zero of=/fill; echo \\$?; wc -c < /fill; rm /fill"',
      'docker commit box big:1 >/dev/null; docker images --format "{{.Size}}" big:1; docker images --format "{{.Size}}" alpine',
    ].join('\n'));
    const lines = out.split('\n');
    const transfer = /^(\d+) bytes \(([\d.]+ [kMG]B), ([\d.]+ [KMG]iB)\) copied, (\d\.\d+(?:e-\d\d)?) s, ([\d.]+ [kMG]B\/s)$/;
    expect(lines.slice(0, 2)).toEqual(['10+0 records in', '10+0 records out']);
    expect(lines[2]).toMatch(transfer);
    expect(transfer.exec(lines[2])!.slice(1, 4)).toEqual(['10485760', '10 MB', '10 MiB']);
    expect(Number(transfer.exec(lines[2])![4])).toBeLessThan(1);
    expect(lines[3]).toBe('10485760');
    expect(transfer.exec(lines[4])!.slice(1, 4)).toEqual(['2097152000', '2.1 GB', '2.0 GiB']);
    expect(lines.slice(5, 7)).toEqual(['16', '3000']);
    // busybox as Alpine builds it prints no transfer line; a copy with no count= fills the disk.
    expect(lines.slice(7, 12)).toEqual(['50+0 records in', '50+0 records out', '52428800', '2000+0 records in', '2000+0 records out']);
    expect(lines[12]).toBe("dd: error writing '/fill': No space left on device");
    expect(lines[13]).toMatch(/^\d+\+0 records in$/);
    expect(lines[15]).toBe('1');
    const [big, alpine] = [lines[17], lines[18]].map((s) => Number(/^([\d.]+)MB$/.exec(s)![1]));
    expect(big - alpine).toBeGreaterThan(50);
    expect(big - alpine).toBeLessThan(56);
  }, 60_000);
});
