// The busybox multi-call binary in Alpine: runs its applets (the links to /bin/busybox the image has), lists them,
// answers for the shell and ash's builtins; and busybox's refusal of an option it does not know (musl's getopt
// wording, as Alpine's busybox is linked against musl) followed by the applet's usage, exit 1.
import { describe, expect, it } from 'vitest';
import { transcript } from '../../../src/sim/run-script.ts';
import { simulated } from './oracle.ts';

describe('busybox, the multi-call binary (Alpine)', () => {
  it('runs applets, lists the image’s links, prints its usage with the applets wrapped, and is absent from Debian', async () => {
    const out = await transcript([
      'docker pull -q alpine >/dev/null; docker pull -q debian >/dev/null',
      `docker run --rm alpine sh -c "busybox ls -l /etc/hostname; /bin/busybox echo hi; busybox sh -c 'echo in-sh'; busybox test 1 = 1 && echo test-ok; busybox nosuch; echo rc=\\$?"`,
      'docker run --rm alpine sh -c "busybox --list | grep -cx -e ls -e sh -e dd -e time; busybox --list-full | grep -x -e bin/ls -e usr/bin/time; ls /bin /sbin /usr/bin /usr/sbin | grep -c ."',
      'docker run --rm alpine busybox > usage.txt; echo rc=$?; head -1 usage.txt; grep -c "^Currently defined functions:$" usage.txt; sed -n "/^Currently/,\\$p" usage.txt | tail -n +2 | awk "length(\\$0) > 72" | wc -l',
      'docker run --rm debian sh -c busybox',
    ].join('\n'));
    const lines = out.split('\n');
    expect(lines[0]).toMatch(/^-rw-r--r-- +1 root +root +\d+ .* \/etc\/hostname$/);
    expect(lines.slice(1, 6)).toEqual(['hi', 'in-sh', 'test-ok', 'nosuch: applet not found', 'rc=127']);
    expect(lines.slice(6, 9)).toEqual(['4', 'bin/ls', 'usr/bin/time']);
    expect(Number(lines[9])).toBeGreaterThan(250);
    expect(lines[10]).toBe('rc=0');
    expect(lines[11]).toMatch(/^BusyBox v1\.\d+\.\d+ .*multi-call binary\.$/);
    expect(lines.slice(12, 14)).toEqual(['1', '0']);
    expect(lines[14]).toBe('sh: 1: busybox: not found');
  }, 60_000);
});

describe('busybox applets refuse options they do not know', () => {
  it.each([
    ['ls --foo', 'ls: unrecognized option: foo', 'Usage: ls '],
    ['ls -Q', 'ls: unrecognized option: Q', 'Usage: ls '],
    ['cat --bogus x', 'cat: unrecognized option: bogus', 'Usage: cat '],
    ['mkdir --bogus=1 d', 'mkdir: unrecognized option: bogus', 'Usage: mkdir '],
    ['uname --nope', 'uname: unrecognized option: nope', 'Usage: uname '],
  ])('%s', async (cmd, message, usage) => {
    const r = await simulated('busybox', { x: 'x\n' }).run(cmd);
    expect(r.code).toBe(1);
    expect(r.out).toBe('');
    const lines = r.err.split('\n');
    expect(lines[0]).toBe(message);
    expect(lines[1]).toMatch(/^BusyBox v1\.\d+\.\d+ .*multi-call binary\.$/);
    expect(lines[3]).toMatch(new RegExp('^' + usage));
  });

  it('the long options busybox takes still work', async () => {
    const sh = simulated('busybox', { x: 'x\n' });
    expect((await sh.run('ls --color=never x; mkdir --parents a/b && echo made; uname --kernel-name')).out).toBe('x\nmade\nLinux\n');
  });
});
