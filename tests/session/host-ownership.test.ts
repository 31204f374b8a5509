// What the learner's shell creates on the host is the learner's (uid 1000), whichever way it is
// made — a redirect, tee, touch, mkdir, cp, a program's own file (docker save -o) — and its mode
// follows the umask, as on a real host where bash runs as the user.
import { describe, expect, it } from 'vitest';
import { createSession } from '../../src/session/session.ts';
import { memoryStorage } from '../../src/session/persistence/storage.ts';

async function machine() {
  const session = createSession({ storage: memoryStorage(), realTime: false });
  await session.start({ lessonId: 'owners', workspace: [{ path: 'notes.txt', content: 'hi\n' }], checkpoints: [], tty: false, columns: 80, rows: 24 });
  return async (line: string) => {
    let out = '';
    await session.feed(line, (chunk) => (out += chunk.text));
    return out;
  };
}

describe('files the host shell creates', () => {
  it('belong to the learner with 0644/0755 under the default umask, however they are made', async () => {
    const run = await machine();
    await run('docker pull -q alpine >/dev/null');
    await run('docker save alpine > a.tar; docker save -o b.tar alpine; echo x >> c; echo y | tee d >/dev/null; touch e; mkdir -p f/g; cp notes.txt h; cp -r f i; ln -s c j');
    expect(await run('stat -c "%A %U:%G %n" a.tar b.tar c d e f f/g h i i/g j')).toBe(
      [
        '-rw-r--r-- learner:learner a.tar',
        '-rw------- learner:learner b.tar',
        '-rw-r--r-- learner:learner c',
        '-rw-r--r-- learner:learner d',
        '-rw-r--r-- learner:learner e',
        'drwxr-xr-x learner:learner f',
        'drwxr-xr-x learner:learner f/g',
        '-rw-r--r-- learner:learner h',
        'drwxr-xr-x learner:learner i',
        'drwxr-xr-x learner:learner i/g',
        'lrwxrwxrwx learner:learner j',
        '',
      ].join('\n'),
    );
  });

  it('follow the umask the learner sets, and root-owned places stay closed to the learner', async () => {
    const run = await machine();
    await run('umask 077; echo x > k; mkdir l; umask 022');
    expect(await run('stat -c "%A %U %n" k l')).toBe('-rw------- learner k\ndrwx------ learner l\n');
    expect(await run('echo x > /etc/motd')).toBe('bash: /etc/motd: Permission denied\n');
    expect(await run('touch /tmp/ok && stat -c %U /tmp/ok')).toBe('learner\n');
  });
});
