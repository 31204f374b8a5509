// runsAsNonRoot and volumeExists on images and volumes made by real docker commands.
import { describe, expect, it } from 'vitest';
import { verdicts } from './verdicts.ts';

const dockerfile = (user: string) => ({ path: 'app/Dockerfile', content: `FROM alpine:3.21\nRUN adduser -D -u 1000 app && mkdir /data && chown app /data\n${user}\nVOLUME /data\n` });
const nonRoot = (ref: string, user?: string) => ({ matcher: 'runsAsNonRoot', params: { ref, ...(user ? { user } : {}) } });

describe('runsAsNonRoot', () => {
  it("resolves the image's user through its /etc/passwd", async () => {
    expect(await verdicts(['docker build -q -t app:v1 app'], [nonRoot('app:v1'), nonRoot('app:v1', 'app'), nonRoot('app:v1', 'nobody'), nonRoot('nope:v1')], [dockerfile('USER app')])).toEqual([
      'pass',
      'pass',
      'app:v1 runs as app (UID 1000), not as nobody.',
      'There is no image called nope:v1 on this machine yet.',
    ]);
  });

  it('fails on no USER, on a user the image lacks, and on a second name for UID 0; a number needs no passwd entry', async () => {
    const cases = [
      ['', 'app:v1 runs as root: its config sets no user (add a USER line after creating the user).'],
      ['USER ghost', 'app:v1 runs as user ghost, whom its /etc/passwd does not list: a container of it would fail with "unable to find user ghost".'],
      ['USER 0:0', 'app:v1 runs as 0, which is UID 0: root under another name.'],
      ['USER 4242', 'pass'],
    ];
    for (const [line, expected] of cases) expect(await verdicts(['docker build -q -t app:v1 app'], [nonRoot('app:v1')], [dockerfile(line)]), line).toEqual([expected]);
  });
});

describe('volumeExists', () => {
  const named = (extra: Record<string, unknown> = {}) => ({ matcher: 'volumeExists', params: { name: 'app-data', ...extra } });
  it('finds a named volume and a file a container wrote into it, after the container is gone', async () => {
    const script = ['docker build -q -t app:v1 app', "docker run --rm -v app-data:/data app:v1 sh -c 'echo 1 > /data/visits'", 'docker run --rm app:v1 true', 'docker run app:v1 true'];
    expect(
      await verdicts(script, [named(), named({ containsFile: 'visits' }), named({ containsFile: '/nope' }), { matcher: 'volumeExists', params: { name: 'other' } }, { matcher: 'volumeExists', params: { count: 1, anonymous: true } }, { matcher: 'volumeExists', params: { count: 3 } }], [dockerfile('USER app')]),
    ).toEqual([
      'pass',
      'pass',
      "The volume app-data has no file nope: nothing wrote it into the volume's folder yet.",
      'There is no volume named other (docker volume ls lists none): -v other:/path makes one when a container starts.',
      'pass',
      'There are 2 volumes, not 3 (docker volume ls).',
    ]);
  });
});
