// containerDiffExactly and containerFileContains on containers made by real docker commands.
import { describe, expect, it } from 'vitest';
import { verdicts } from './verdicts.ts';

const LAB = [
  'docker run -d --name lab alpine:3.21 sleep 1000',
  'docker run -d --name control alpine:3.21 sleep 1000',
  "docker exec lab sh -c 'echo hi >> /etc/motd; rm /etc/shells; mkdir -p /srv; echo n > /srv/notes.txt'",
];
const exactly = (entries: string[], extra: Record<string, unknown> = {}) => ({ matcher: 'containerDiffExactly', params: { name: 'lab', entries, ...extra } });

describe('containerDiffExactly', () => {
  it('compares docker diff with the entries, ignoring parent directories', async () => {
    expect(
      await verdicts(LAB, [
        exactly(['A /srv/notes.txt', 'C /etc/motd', 'D /etc/shells']),
        exactly(['A /srv/notes.txt', 'C /etc/motd', 'D /etc/shells', 'C /etc', 'C /srv'], { ignoreParentDirs: false }),
        exactly(['A /srv/notes.txt', 'C /etc/motd']),
        exactly(['A /srv/notes.txt', 'C /etc/motd', 'D /etc/shells', 'A /tmp/x']),
        { matcher: 'containerDiffExactly', params: { name: 'nope', entries: ['A /x'] } },
      ]),
    ).toEqual([
      'pass',
      'pass',
      'docker diff lab is not as asked yet: it also shows D /etc/shells.',
      'docker diff lab is not as asked yet: it does not show A /tmp/x.',
      'There is no container named nope yet (docker ps -a lists none).',
    ]);
  });

  it('can leave out what an interactive shell writes', async () => {
    const script = ['docker run -it --name lab alpine:3.21 sh', 'echo n > /srv/notes.txt', 'exit'];
    expect(await verdicts(script, [exactly(['A /srv/notes.txt'], { ignore: ['^/root/\\.ash_history$'] }), exactly(['A /srv/notes.txt'])])).toEqual([
      'pass',
      'docker diff lab is not as asked yet: it also shows A /root/.ash_history.',
    ]);
  });
});

describe('containerFileContains', () => {
  it("reads a file through the container's own layer", async () => {
    expect(
      await verdicts(LAB, [
        { matcher: 'containerFileContains', params: { name: 'control', path: '/etc/shells', includes: '/bin/sh' } },
        { matcher: 'containerFileContains', params: { name: 'lab', path: '/etc/shells' } },
        { matcher: 'containerFileContains', params: { name: 'lab', path: '/etc/motd', matches: '^hi$' } },
        { matcher: 'containerFileContains', params: { name: 'control', path: '/etc/motd', matches: '^hi$' } },
      ]),
    ).toEqual(['pass', 'lab has no file /etc/shells any more.', 'pass', '/etc/motd in control does not match ^hi$ yet.']);
  });
});
