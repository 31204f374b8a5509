// ps, top, kill, free and uptime inside containers: busybox layouts on Alpine, procps on Debian, absent where
// the image has no procps.
import { describe, expect, it } from 'vitest';
import { exec, imageFs } from './images.ts';
import { processTableOf } from '../../../src/shell/programs/process-table.ts';
import type { Vfs } from '../../../src/vfs/vfs.ts';

describe('ps', () => {
  it('lists PID 1 and itself with busybox headers on Alpine', async () => {
    const fs = imageFs('library/alpine:3');
    // busybox's `sh -c` exec's its last command: ps is PID 1 itself (`docker run --rm alpine sh -c ps`).
    expect(await exec(fs, ['sh', '-c', 'ps'])).toEqual({ out: 'PID   USER     TIME  COMMAND\n    1 root      0:00 ps\n', err: '', code: 0 });
    expect(await exec(fs, ['sh', '-c', 'ps; true'])).toEqual({ out: 'PID   USER     TIME  COMMAND\n    1 root      0:00 sh -c ps; true\n    7 root      0:00 ps\n', err: '', code: 0 });
  });

  it('uses procps headers where procps is installed, and is absent from slim images', async () => {
    const full = await exec(imageFs('library/python:3.12'), ['sh', '-c', 'ps; ps -ef | head -n 1; ps aux | head -n 1']);
    expect(full.out).toBe('    PID TTY          TIME CMD\n      1 ?        00:00:00 sh\n      7 ?        00:00:00 ps\nUID          PID    PPID  C STIME TTY          TIME CMD\nUSER         PID %CPU %MEM    VSZ   RSS TTY      STAT START   TIME COMMAND\n');
    expect(await exec(imageFs('library/python:3.12-slim'), ['sh', '-c', 'ps'])).toMatchObject({ err: 'sh: 1: ps: not found\n', code: 127 });
  });

  it('ignores BSD-style words as busybox does (ps aux), and lays out -o columns as busybox ps.c', async () => {
    const fs = imageFs('library/alpine:3');
    const r = await exec(fs, ['sh', '-c', 'ps aux; ps -o pid,user,comm; ps -o pid,args=CMD; ps -o pid=; ps -o nosuch']);
    expect(r.out).toBe(
      'PID   USER     TIME  COMMAND\n    1 root      0:00 sh -c ps aux; ps -o pid,user,comm; ps -o pid,args=CMD; ps -o pid=; ps -o nosuch\n    7 root      0:00 ps aux\n' +
        'PID   USER     COMMAND\n    1 root     sh\n    7 root     ps\n' +
        'PID   CMD\n    1 sh -c ps aux; ps -o pid,user,comm; ps -o pid,args=CMD; ps -o pid=; ps -o nosuch\n    7 ps -o pid,args=CMD\n' +
        '    1\n    7\n',
    );
    expect(r.err).toBe("ps: bad -o argument 'nosuch', supported arguments: user,group,comm,args,pid,ppid,pgid,etime,nice,rgroup,ruser,time,tty,vsz,sid,stat,rss\n");
  });

  it('takes procps -o/-eo/-p lists with right-aligned numeric headers', async () => {
    const fs = imageFs('library/python:3.12');
    const r = await exec(fs, ['sh', '-c', 'ps -eo pid,ppid,user,%cpu,comm; ps -p 1 -o comm=; ps -p 99 -o pid; echo $?; ps -o nosuch 2>&1 | head -n 1']);
    expect(r.out).toBe('    PID    PPID USER     %CPU COMMAND\n      1       0 root      0.0 sh\n      7       1 root      0.0 ps\nsh\n    PID\n1\nerror: unknown user-defined format specifier "nosuch"\n');
  });

  it('sees a second process of the same container (docker exec)', async () => {
    const fs = imageFs('library/alpine:3');
    const stop = new AbortController();
    const main = exec(fs, ['sleep', '1000'], { signal: stop.signal });
    const r = await exec(fs, ['ps']);
    expect(r.out).toBe('PID   USER     TIME  COMMAND\n    1 root      0:00 sleep 1000\n    7 root      0:00 ps\n');
    stop.abort();
    await main.catch(() => undefined);
  });
});

// Lets the container's first process run until its command line starts with `prefix` (a few turns of the event loop).
async function commandOfPid1(fs: Vfs, prefix: string): Promise<void> {
  for (let turn = 0; turn < 200 && !processTableOf(fs).get(1)?.argv[0]?.startsWith(prefix); turn++) await new Promise((r) => setImmediate(r));
}

describe('exec and process titles', () => {
  it('gives a script\'s process the command its `exec "$@"` runs (PID 1 in ps and /proc/1/cmdline)', async () => {
    const fs = imageFs('library/alpine:3');
    fs.writeFile('/entry.sh', '#!/bin/sh\necho starting\nexec "$@"\n', { mode: 0o755 });
    const r = await exec(fs, ['/entry.sh', 'sh', '-c', 'ps -o pid,args; tr "\\0" " " < /proc/1/cmdline']);
    expect(r.out).toBe('starting\nPID   COMMAND\n    1 sh -c ps -o pid,args; tr "\\0" " " < /proc/1/cmdline\n    7 ps -o pid,args\nsh -c ps -o pid,args; tr "\\0" " " < /proc/1/cmdline ');
    // The outer shell exec's the inner one (its last command), which exec's ps: PID 1 all along.
    expect((await exec(fs, ['sh', '-c', 'sh -c "exec ps -o pid,args"'])).out).toBe('PID   COMMAND\n    1 ps -o pid,args\n');
  });

  it('shows nginx\'s master and its workers, one per CPU, as the nginx user', async () => {
    const fs = imageFs('library/nginx:alpine');
    const stop = new AbortController();
    const main = exec(fs, ['/docker-entrypoint.sh', 'nginx', '-g', 'daemon off;'], { signal: stop.signal });
    await commandOfPid1(fs, 'nginx: master');
    const workers = Number((await exec(fs, ['nproc'])).out);
    const r = await exec(fs, ['ps', '-o', 'pid,ppid,user,args']);
    expect(r.out).toBe('PID   PPID  USER     COMMAND\n    1     0 root     nginx: master process nginx -g daemon off;\n' + Array.from({ length: workers }, (_, k) => `   ${29 + k}     1 nginx    nginx: worker process\n`).join('') + `   ${30 + workers}     1 root     ps -o pid,ppid,user,args\n`);
    stop.abort();
    await main.catch(() => undefined);
    expect((await exec(fs, ['ps', '-o', 'pid,args'])).out).toBe('PID   COMMAND\n    1 ps -o pid,args\n');
  });
});

describe('nginx -s', () => {
  it('reloads the running master (new workers), refuses a broken configuration, and stops it with quit or stop', async () => {
    const fs = imageFs('library/nginx:alpine');
    const main = exec(fs, ['nginx', '-g', 'daemon off;']);
    await commandOfPid1(fs, 'nginx: master');
    expect(await exec(fs, ['nginx', '-s', 'reload'])).toMatchObject({ code: 0, err: expect.stringMatching(/\[notice\] \d+#\d+: signal process started\n$/) });
    expect((await exec(fs, ['ps', '-o', 'args'])).out).toContain('nginx: worker process');
    fs.writeFile('/etc/nginx/conf.d/broken.conf', 'lisen 1;\n');
    expect(await exec(fs, ['nginx', '-s', 'reload'])).toEqual({ code: 1, out: '', err: 'nginx: [emerg] unknown directive "lisen" in /etc/nginx/conf.d/broken.conf:1\n' });
    fs.unlink('/etc/nginx/conf.d/broken.conf');
    expect((await exec(fs, ['nginx', '-s', 'quit'])).code).toBe(0);
    const r = await main;
    expect(r.code).toBe(0);
    expect(r.err).toContain('[notice] 1#1: signal 1 (SIGHUP) received, reconfiguring\n');
    expect(r.err).toContain('[notice] 1#1: signal 3 (SIGQUIT) received, shutting down\n');
    expect(fs.exists('/run/nginx.pid')).toBe(false);
    expect((await exec(fs, ['nginx', '-s', 'stop'])).err).toMatch(/\[error\] \d+#\d+: open\(\) "\/run\/nginx.pid" failed \(2: No such file or directory\)\n$/);
    const again = exec(fs, ['nginx', '-g', 'daemon off;']);
    await commandOfPid1(fs, 'nginx: master');
    expect((await exec(fs, ['nginx', '-s', 'stop'])).code).toBe(0);
    expect((await again).err).toContain('[notice] 1#1: signal 15 (SIGTERM) received, exiting\n');
  });
});

describe('kill', () => {
  it('stops another process of the container, and reports a missing PID', async () => {
    const fs = imageFs('library/alpine:3');
    const main = exec(fs, ['sleep', '1000']);
    expect(await exec(fs, ['kill', '1'])).toEqual({ out: '', err: '', code: 0 });
    expect((await main).code).not.toBe(0);
    expect(await exec(fs, ['kill', '99'])).toEqual({ out: '', err: "kill: can't kill pid 99: No such process\n", code: 1 });
  });

  it('leaves a shell running as PID 1 alone, as the kernel does', async () => {
    const fs = imageFs('library/alpine:3');
    const stop = new AbortController();
    let finished = false;
    const main = exec(fs, ['sh', '-c', 'sleep 1000'], { signal: stop.signal }).then(() => (finished = true));
    await exec(fs, ['kill', '1']);
    await Promise.resolve();
    expect(finished).toBe(false);
    stop.abort();
    await main;
  });

  it("words errors as bash's builtin on Debian (bash -c numbers its lines)", async () => {
    expect(await exec(imageFs('library/debian:12'), ['bash', '-c', 'kill 99'])).toEqual({ out: '', err: 'bash: line 1: kill: (99) - No such process\n', code: 1 });
  });
});

describe('df', () => {
  it("shows the container's overlay root in each layout", async () => {
    expect((await exec(imageFs('library/alpine:3'), ['df', '-h', '/'])).out).toBe('Filesystem                Size      Used Available Use% Mounted on\noverlay                  58.4G      9.0G     46.4G  17% /\n');
    expect((await exec(imageFs('library/debian:12'), ['df', '-h'])).out.split('\n').slice(0, 2)).toEqual(['Filesystem      Size  Used Avail Use% Mounted on', 'overlay          59G  9.1G   47G  17% /']);
  });
});

describe('top, free, uptime', () => {
  it('prints one screen of top and ends', async () => {
    const bb = await exec(imageFs('library/alpine:3'), ['top']);
    expect(bb.out.split('\n')[3]).toBe('  PID  PPID USER     STAT   VSZ %VSZ CPU %CPU COMMAND');
    expect(bb.code).toBe(0);
    const debian = imageFs('library/debian:12');
    expect((await exec(debian, ['sh', '-c', 'top'])).err).toBe('sh: 1: top: not found\n');
    debian.writeFile('/usr/bin/top', '\x7fELF', { mode: 0o755 }); // as `apt-get install procps` would
    const gnu = await exec(debian, ['top']);
    expect(gnu.out).toMatch(/^top - 05:10:00 up  3:17,  0 users,  load average: 0\.08, 0\.03, 0\.01\nTasks:/);
  });

  it('reports memory and uptime in each layout', async () => {
    // busybox free.c: "Mem:   " then %12s cells; uptime.c: ",  %u users" and ",  load average".
    expect((await exec(imageFs('library/alpine:3'), ['free', '-m'])).out).toBe('              total        used        free      shared  buff/cache   available\nMem:           7838        1018        5285           4        1533        6573\nSwap:             0           0           0\n');
    expect((await exec(imageFs('library/alpine:3'), ['uptime'])).out).toBe(' 05:10:00 up  3:17,  0 users,  load average: 0.08, 0.03, 0.01\n');
  });
});
