// A container finds a program only where its image has the file (src/shell/lookup.ts): what the image
// has runs, what it lacks gets the invoking shell's own words and 127 (checked against dash, bash and
// busybox on this machine), `command -v`/`type`/`which`, env, xargs and find -exec agree with running
// it, and package managers make programs appear and disappear.
import { describe, expect, it } from 'vitest';
import { exec, imageFs } from '../userland/images.ts';

const sh = (image: string, script: string) => exec(imageFs(image), ['sh', '-c', script]);

describe('programs an image has run, programs it lacks are absent', () => {
  it('Debian: what bookworm ships runs (awk is mawk, tput), ps and nginx are not found in dash, bash and by path', async () => {
    const fs = imageFs('library/debian:bookworm');
    expect(await exec(fs, ['sh', '-c', "awk 'BEGIN { print 6 * 7 }'; tput cols"])).toEqual({ out: '42\n80\n', err: '', code: 0 });
    expect(await exec(fs, ['sh', '-c', 'nginx -v'])).toEqual({ out: '', err: 'sh: 1: nginx: not found\n', code: 127 });
    expect(await exec(fs, ['sh', '-c', 'ps; /usr/sbin/nginx'])).toEqual({ out: '', err: 'sh: 1: ps: not found\nsh: 1: /usr/sbin/nginx: not found\n', code: 127 });
    expect(await exec(fs, ['bash', '-c', 'top; /usr/sbin/nginx'])).toEqual({ out: '', err: 'bash: line 1: top: command not found\nbash: line 1: /usr/sbin/nginx: No such file or directory\n', code: 127 });
    // kill is every shell's builtin, with or without procps' /bin/kill.
    expect(await exec(fs, ['sh', '-c', 'type kill; command -v kill'])).toEqual({ out: 'kill is a shell builtin\nkill\n', err: '', code: 0 });
  });

  it('python:3.12 (buildpack-deps) has procps, python:3.12-slim does not', async () => {
    expect((await sh('library/python:3.12', 'top -bn1 | head -1; command -v ps')).out).toMatch(/^top - .*\n\/usr\/bin\/ps\n$/);
    expect(await sh('library/python:3.12-slim', 'ps')).toEqual({ out: '', err: 'sh: 1: ps: not found\n', code: 127 });
  });

  it('Ubuntu keeps procps', async () => {
    expect((await sh('library/ubuntu:24.04', 'ps')).out.split('\n')[0]).toBe('    PID TTY          TIME CMD');
  });

  it('Alpine: busybox applets run where their links are; a removed link or a missing binary is not found', async () => {
    const fs = imageFs('library/alpine:3.20');
    expect((await exec(fs, ['sh', '-c', 'ps'])).out.split('\n')[0]).toBe('PID   USER     TIME  COMMAND');
    expect(await exec(fs, ['sh', '-c', 'nginx -v; /usr/sbin/nginx'])).toEqual({ out: '', err: 'sh: nginx: not found\nsh: /usr/sbin/nginx: not found\n', code: 127 });
    expect(await exec(fs, ['sh', '-c', 'rm /bin/ps; ps; command -v ps; echo $?'])).toEqual({ out: '1\n', err: 'sh: ps: not found\n', code: 0 });
  });

  it('command -v, type and which agree with running the name', async () => {
    for (const [image, names] of [['library/debian:bookworm', ['awk', 'ps', 'nginx', 'tput', 'curl', 'apt-get', 'top']], ['library/alpine:3.20', ['awk', 'ps', 'nginx', 'tput', 'curl', 'apk', 'top']]] as const) {
      const fs = imageFs(image);
      for (const name of names) {
        const run = await exec(fs, ['sh', '-c', `${name} --version </dev/null >/dev/null 2>&1; echo $?`]);
        const v = await exec(fs, ['sh', '-c', `command -v ${name}`]);
        const which = await exec(fs, ['which', name]);
        const absent = run.out === '127\n';
        expect([name, v.code, which.code], image).toEqual([name, absent ? 1 : 0, absent ? 1 : 0]);
        if (!absent) expect(which.out, image).toBe(v.out);
      }
    }
  });

  it('env, xargs and find -exec find commands as the shell does (with their own messages)', async () => {
    const fs = imageFs('library/debian:bookworm-slim');
    expect(await exec(fs, ['sh', '-c', 'env ps; echo a | xargs ps; find /etc/hostname -exec ps \\;'])).toEqual({
      out: '',
      err: "env: 'ps': No such file or directory\nxargs: ps: No such file or directory\nfind: 'ps': No such file or directory\n",
      code: 0,
    });
    expect(await exec(fs, ['sh', '-c', 'env sh -c "echo from env"; echo x | xargs -I{} sh -c "echo got {}"; find /etc/hostname -exec sh -c \'echo found $1\' _ {} \\;'])).toEqual({
      out: 'from env\ngot x\nfound /etc/hostname\n',
      err: '',
      code: 0,
    });
  });

  it('apk add makes a program appear and apk del makes it go', async () => {
    const fs = imageFs('library/alpine:3.20');
    expect(await exec(fs, ['sh', '-c', 'curl --version; echo $?'])).toEqual({ out: '127\n', err: 'sh: curl: not found\n', code: 0 });
    await exec(fs, ['apk', 'add', '--no-cache', '-q', 'curl']);
    expect(await exec(fs, ['sh', '-c', 'command -v curl; curl --version | head -c 5'])).toEqual({ out: '/usr/bin/curl\ncurl ', err: '', code: 0 });
    await exec(fs, ['apk', 'del', '-q', 'curl']);
    expect(await exec(fs, ['sh', '-c', 'command -v curl; curl -V'])).toEqual({ out: '', err: 'sh: curl: not found\n', code: 127 });
  });

  it('apt-get install makes a program appear and apt-get purge makes it go', async () => {
    const fs = imageFs('library/debian:bookworm-slim');
    await exec(fs, ['sh', '-c', 'apt-get update -qq && apt-get install -qq -y procps']);
    expect((await exec(fs, ['sh', '-c', 'command -v ps; ps'])).out.split('\n').slice(0, 2)).toEqual(['/usr/bin/ps', '    PID TTY          TIME CMD']);
    await exec(fs, ['apt-get', 'purge', '-qq', '-y', 'procps']);
    expect(await exec(fs, ['sh', '-c', 'ps'])).toEqual({ out: '', err: 'sh: 1: ps: not found\n', code: 127 });
  });

  it("pip's console scripts exist only where pip put them", async () => {
    const fs = imageFs('library/python:3.12-slim');
    expect(await exec(fs, ['sh', '-c', 'pytest -q'])).toEqual({ out: '', err: 'sh: 1: pytest: not found\n', code: 127 });
    await exec(fs, ['pip', 'install', '-q', 'pytest']);
    expect(await exec(fs, ['sh', '-c', 'pytest -q'])).toEqual({ out: '', err: 'pytest: not supported in the workbook\n', code: 127 });
  });
});
