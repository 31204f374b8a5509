// USER and -u in containers: `docker run` and `docker exec` run as the image's user unless -u says otherwise.
import { describe, expect, it } from 'vitest';
import { createSession } from '../../src/session/session.ts';
import { memoryStorage } from '../../src/session/persistence/storage.ts';

const Dockerfile = [
  'FROM alpine:3.20',
  'RUN echo app:x:1000:1000::/home/app:/bin/sh >> /etc/passwd && echo app:x:1000: >> /etc/group && mkdir -p /home/app && chown app:app /home/app',
  'USER app',
  'WORKDIR /home/app',
  'RUN touch mine',
  'CMD ["id"]',
].join('\n');

async function machine() {
  const session = createSession({ storage: memoryStorage(), realTime: false });
  await session.start({ lessonId: 'user', workspace: [{ path: 'Dockerfile', content: `${Dockerfile}\n` }], checkpoints: [], tty: false, columns: 80, rows: 24 });
  const run = async (line: string) => {
    let out = '';
    const result = await session.feed(line, (chunk) => (out += chunk.text));
    return { out, code: result.kind === 'ran' ? result.exitCode : -1 };
  };
  expect((await run('docker build -q -t u .')).code).toBe(0);
  return run;
}

describe('container users', () => {
  it('docker run uses the image USER for CMD and commands; -u overrides; files and permissions follow', async () => {
    const run = await machine();
    expect(await run('docker run --rm u')).toEqual({ out: 'uid=1000(app) gid=1000(app) groups=1000(app)\n', code: 0 });
    expect(await run('docker run --rm u sh -c "touch /x"')).toEqual({ out: 'touch: /x: Permission denied\n', code: 1 });
    expect((await run('docker run --rm u ls -l /home/app')).out).toMatch(/^total 0\n-rw-r--r-- +1 app +app +0 .* mine\n$/);
    expect((await run('docker run --rm -u root u id')).out).toMatch(/^uid=0\(root\) gid=0\(root\)/);
    expect((await run('docker run --rm u sh -c "echo \\$HOME; whoami"')).out).toBe('/home/app\napp\n');
  });

  it('docker exec runs as the image user, -u as another; an unknown user is runc\'s error', async () => {
    const run = await machine();
    expect((await run('docker run -d --name box u sleep 100')).code).toBe(0);
    expect((await run('docker exec box id')).out).toBe('uid=1000(app) gid=1000(app) groups=1000(app)\n');
    expect((await run('docker exec -u 0 box id')).out).toMatch(/^uid=0\(root\)/);
    expect((await run('docker exec -u bob box id')).out).toBe('Error response from daemon: unable to find user bob: no matching entries in passwd file\n');
    const bad = await run('docker run --rm -u bob u id');
    expect(bad.out).toContain('docker: Error response from daemon: unable to find user bob: no matching entries in passwd file');
    expect(bad.code).toBe(125);
  });
});
