// The kernel's /dev and /proc as programs in a container see them: devices that read and write as
// Linux's do (checked against the real ones here where a result does not depend on the machine), and
// /proc files that agree with ps, free, uptime, nproc and uname.
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { transcript } from '../../../src/sim/run-script.ts';

const inAlpine = async (script: string) => (await transcript(`docker pull -q alpine\ndocker run --rm alpine sh -c '${script}'`)).split('\n').slice(1).join('\n');
const realSh = (script: string) => execFileSync('sh', ['-c', script], { encoding: 'utf8' });

describe('/dev', () => {
  it('reads and writes the devices as Linux does (same results as the real /dev here)', async () => {
    const script = 'cat /dev/null; echo "status $?"; head -c 5 /dev/zero | wc -c; echo gone > /dev/null; echo "written $?"; printf x > /dev/zero; echo "zero $?"; [ -c /dev/null ] && echo char; [ -f /dev/null ] || echo "not regular"; [ -e /dev/urandom ] && echo urandom; cp /dev/null empty; wc -c < empty';
    const expected = 'status 0\n5\nwritten 0\nzero 0\nchar\nnot regular\nurandom\n0\n';
    expect(realSh(`cd "$(mktemp -d)" && ${script}`)).toBe(expected);
    expect(await inAlpine(script)).toBe(expected);
  });

  it('sends /dev/stdout, /dev/stderr and /proc/self/fd/N to the program’s own streams, and /dev/stdin reads its input', async () => {
    const out = await transcript('docker pull -q alpine\ndocker run --rm alpine sh -c "echo out > /dev/stdout; echo err > /dev/stderr; echo fd1 > /proc/self/fd/1; echo piped | cat /dev/stdin" 2>/dev/null');
    expect(out).toBe('docker.io/library/alpine:latest\nout\nfd1\npiped\n');
  });

  it('gives /dev/urandom bytes that differ from read to read and repeat from session to session', async () => {
    const script = 'head -c 12 /dev/urandom | base64; head -c 12 /dev/urandom | base64';
    const first = await inAlpine(script);
    const [a, b] = first.trim().split('\n');
    expect(a).not.toBe(b);
    expect(await inAlpine(script)).toBe(first);
  });

  it('gives /dev/urandom and /dev/random reads of any size, bytes intact through pipes and files, the same under the same seed', async () => {
    // The counts real Linux gives for these lines, whatever the bytes.
    const script = 'head -c 100000 /dev/urandom | wc -c; cat /dev/random | head -c 200000 | wc -c; head -c 70000 /dev/urandom > r; wc -c < r; head -c 65537 r | wc -c; cat r r | wc -c';
    const expected = '100000\n200000\n70000\n65537\n140000\n';
    expect(realSh(`cd "$(mktemp -d)" && ${script}`)).toBe(expected);
    expect(await inAlpine(script)).toBe(expected);
    const digest = 'head -c 100000 /dev/urandom | sha256sum; head -c 300000 /dev/urandom > r; sha256sum < r; cat r | sha256sum';
    const first = await inAlpine(digest);
    const [a, b, c] = first.trim().split('\n');
    expect(a).not.toBe(b);
    expect(b).toBe(c);
    expect(await inAlpine(digest)).toBe(first);
  });

  it('gives each container its own random bytes (od -N4 -tu4 /dev/urandom), the same again in a new session', async () => {
    const script = 'docker pull -q alpine\ndocker run --rm alpine od -An -N4 -tu4 /dev/urandom\ndocker run --rm alpine od -An -N4 -tu4 /dev/urandom';
    const out = await transcript(script);
    const [, a, b] = out.split('\n');
    expect(a).toMatch(/^ +\d+$/);
    expect(b).toMatch(/^ +\d+$/);
    expect(a).not.toBe(b);
    expect(await transcript(script)).toBe(out);
  });

  it('gives /dev/zero endlessly: head takes a megabyte of it, cat runs until the output budget stops it', async () => {
    expect(await inAlpine('head -c 1m /dev/zero | wc -c; head -c 100000 /dev/zero | tr "\\0" z | grep -c z')).toBe('1048576\n1\n');
    const out = await transcript('docker pull -q alpine\ndocker run --rm alpine sh -c "cat /dev/zero > /dev/null; echo not reached"');
    expect(out.split('\n').slice(1).join('\n')).toBe('sh: stopped after 100000 steps (a loop that never ends?)\n');
  });

  it('lists the devices and links runc makes', async () => {
    expect((await inAlpine('ls /dev')).trim().split('\n')).toEqual(['console', 'core', 'fd', 'full', 'mqueue', 'null', 'ptmx', 'pts', 'random', 'shm', 'stderr', 'stdin', 'stdout', 'tty', 'urandom', 'zero']);
  });
});

describe('/proc', () => {
  it('agrees with free, uptime, nproc and uname', async () => {
    const out = await inAlpine('grep MemTotal /proc/meminfo; free | grep Mem; grep -c ^processor /proc/cpuinfo; nproc; cut -d" " -f3 /proc/version; uname -r; cut -d" " -f1-3 /proc/loadavg; uptime; cut -d. -f1 /proc/uptime');
    const [mem, free, cpus, nproc, version, release, load, uptime, seconds] = out.trim().split('\n');
    expect(mem.split(/\s+/)[1]).toBe(free.split(/\s+/)[1]);
    expect(cpus).toBe(nproc);
    expect(version).toBe(release);
    expect(uptime).toContain(`load average: ${load.replace(/ /g, ', ')}`);
    const [h, m] = /up\s+(\d+):(\d+)/.exec(uptime)!.slice(1).map(Number);
    expect(Math.floor(Number(seconds) / 60)).toBe(h * 60 + m);
  });

  it('describes PID 1 and the reader itself (/proc/self) with cmdline, status, environ', async () => {
    const out = await transcript('docker pull -q alpine\ndocker run --rm -e GREETING=hi alpine sh -c "tr \\"\\\\0\\" \\" \\" < /proc/1/cmdline; echo; cat /proc/self/cmdline | tr \\"\\\\0\\" \\" \\"; echo; grep -E \\"^(Name|State|Pid|PPid|Uid):\\" /proc/self/status; tr \\"\\\\0\\" \\"\\\\n\\" < /proc/self/environ | grep GREETING; ls /proc | grep -c ^1$"');
    const lines = out.trim().split('\n').slice(1);
    expect(lines[0]).toMatch(/^sh -c /);
    expect(lines[1]).toBe('cat /proc/self/cmdline ');
    expect(lines.slice(2, 7)).toEqual(['Name:\tgrep', 'State:\tR (running)', expect.stringMatching(/^Pid:\t\d+$/), 'PPid:\t1', 'Uid:\t0\t0\t0\t0']);
    expect(lines.slice(7)).toEqual(['GREETING=hi', '1']);
  });

  it('lists the mounts df shows', async () => {
    const out = await inAlpine('cut -d" " -f2 /proc/mounts | grep -E "^/(dev|dev/shm)?$"; df | tail -n +2 | awk "{print \\$NF}"');
    const [mounts, df] = [out.trim().split('\n').slice(0, 3), out.trim().split('\n').slice(3)];
    expect(mounts).toEqual(df);
  });
});
