// head and tail: GNU's -z (NUL-ended lines), tail -s (seconds between polls of -f: checked as each tool
// checks it, even without -f), clusters of letters and GNU's long options, compared with the real tools.
import { describe, expect, it } from 'vitest';
import { differential } from './cases.ts';
import { simulated, SIMULATED_NOW } from './oracle.ts';
import { Shell } from '../../../src/shell/shell.ts';
import { Vfs } from '../../../src/vfs/vfs.ts';
import { coreutilsPrograms } from '../../../src/shell/programs/index.ts';
import { installProgramFiles } from '../../support/program-files.ts';
import { containerRegistryHandler } from '../../../src/engine/registry/container-registry.ts';

const files = { z: 'a\0b\0c\0d', n3: '1\n2\n3\n', n: '1\n2\n3\n4\n5\n' };

differential('head and tail -z', files, [
  'head -z -n 2 z | od -c',
  'head -zn1 z | od -c',
  'head -z -n -1 z | od -c',
  'head -z -c 3 z | od -c',
  'head -z z | od -c',
  'tail -z -n 2 z | od -c',
  'tail -z -n +2 z | od -c',
  'tail -z -c 3 z | od -c',
  'head -z n3 | od -c',
  'tail -z -n1 n3 | od -c',
  'head -vz -n1 z n3 | od -c',
  'tail -zn1 z n3 | od -c',
  'head --zero-terminated -n1 z | od -c',
  'tail --zero -n1 z | od -c',
  { cmd: 'head -z -n1 | od -c', stdin: 'p\0q\0' },
].map((cmd) => (typeof cmd === 'string' ? { cmd, only: 'gnu' as const } : { ...cmd, only: 'gnu' as const })));

differential('head and tail letters and long options', files, [
  'head -qv n3',
  'head -vn1 n3',
  'tail -qn1 n n3',
  'tail -vc2 n3',
  { cmd: 'head --lines=1 n3; head --li=1 n3; tail --lines=+2 n3; tail --bytes=2 n3; head --verbose --lines 2 n3', only: 'gnu' },
  { cmd: 'head --silent n n3; tail --quiet -n1 n n3', only: 'gnu' },
  { cmd: 'head --bogus n3; echo $?; head --lines; echo $?; head --li; echo $?', only: 'gnu' },
  { cmd: 'tail --follow=x n3; echo $?; tail --fo=nam --pid 2>/dev/null; echo $?', only: 'gnu' },
  { cmd: 'head -s 1 n3; echo $?; head -n; echo $?', only: 'gnu' },
  { cmd: 'head -s 1 n3 2>/dev/null; echo $?; head -z n3 2>/dev/null; echo $?; tail -z n3 2>/dev/null; echo $?', only: 'busybox' },
]);

differential('tail -s', files, [
  'tail -s 1 n3',
  'tail -s1 -n1 n3',
  'tail -s 0 -n 1 n3',
  'tail -s x n3; echo $?',
  'tail -s -1 n3; echo $?',
  "tail -s '' n3; echo $?",
  'tail -s 1.5 n3; echo $?',
  'tail -s +1 n3; echo $?',
  'tail -s 2147483647 -n1 n3; echo $?',
  'tail -s 2147483648 n3; echo $?',
  'tail -s 99999999999 n3; echo $?',
  'tail -ns n3; echo $?',
  // GNU's are strtod's numbers, not below 0.
  ...['1e2', 'inf', 'INFINITY', '0x10', '0x1p3', '0x.8', ' 1', '.5', '5.', '-0', 'nan', '-inf', '1 ', '1,5', '1s', '1e999', '1e-400', '0x', '1e', '--1'].map((s) => ({ cmd: `tail -s '${s}' -n1 n3; echo $?`, only: 'gnu' as const })),
  { cmd: 'tail --sleep-interval=x n3; tail --sleep=2 -n1 n3; tail --sleep-interval 3 -n1 n3; echo $?', only: 'gnu' },
  { cmd: 'tail -s; echo $?', only: 'gnu' },
  { cmd: 'tail -s 2>/dev/null; echo $?', only: 'busybox' },
]);

describe('head and tail refusals in busybox words', () => {
  it('refuses GNU -z as musl getopt does, then the usage', async () => {
    for (const program of ['head', 'tail']) {
      const r = await simulated('busybox', files).run(`${program} -z n3`);
      expect(r.err).toMatch(new RegExp(`^${program}: unrecognized option: z\\nBusyBox v[\\d.]+ .*\\n\\nUsage: ${program} `));
      expect([r.out, r.code]).toEqual(['', 1]);
    }
  });
  it('names a missing -s value, then the usage', async () => {
    const r = await simulated('busybox', files).run('tail -s');
    expect(r.err).toMatch(/^tail: option requires an argument: s\nBusyBox v[\d.]+ .*\n\nUsage: tail /);
    expect([r.out, r.code]).toEqual(['', 1]);
  });
});

describe('tail -f -s', () => {
  // A GNU shell whose sleeps are recorded: each poll appends a line, the third one presses Ctrl-C.
  async function follow(cmd: string): Promise<{ out: string; slept: number[] }> {
    const fs = Vfs.empty({ clock: () => SIMULATED_NOW });
    fs.mkdir('/w', { recursive: true });
    fs.writeFile('/w/log', 'one\n');
    const programs = coreutilsPrograms({ registryHandler: containerRegistryHandler });
    installProgramFiles(fs, programs.keys());
    const stop = new AbortController();
    const slept: number[] = [];
    const sleep = async (ms: number) => {
      slept.push(ms);
      fs.writeFile('/w/log', `poll ${slept.length}\n`, { append: true });
      if (slept.length === 3) stop.abort();
    };
    const sh = new Shell({ fs, programs, env: new Map([['PATH', '/usr/bin:/bin']]), cwd: '/w', dialect: 'bash', sleep });
    let out = '';
    await sh.run(cmd, { stdout: { write: (t) => void (out += t) }, stderr: { write: () => {} }, signal: stop.signal, stdin: '' });
    return { out, slept };
  }
  it('polls once a second by default', async () => {
    expect(await follow('tail -f log')).toEqual({ out: 'one\npoll 1\npoll 2\n', slept: [1000, 1000, 1000] });
  });
  it('polls every -s seconds, fractions included', async () => {
    expect((await follow('tail -s 0.25 -f log')).slept).toEqual([250, 250, 250]);
    expect((await follow('tail --sleep-interval=2 -fn0 log')).out).toBe('poll 1\npoll 2\n');
    expect((await follow('tail -fs 3 log')).slept).toEqual([3000, 3000, 3000]);
  });
});
