// tail -f in containers: `docker run -d IMAGE tail -f /dev/null` keeps a container up, and a followed
// file's new lines reach the container's log as they are written.
import { describe, expect, it } from 'vitest';
import { transcript } from '../../../src/sim/run-script.ts';

describe('tail -f', () => {
  it('keeps a detached container running and prints what is appended to the file it follows', async () => {
    const out = await transcript(['docker pull -q alpine', 'docker run -d --name keep alpine tail -f /dev/null', 'docker run -d --name tl alpine sh -c "echo one > /log; tail -f /log"', 'docker exec tl sh -c "echo two >> /log"', 'sleep 2', 'docker logs tl', 'docker ps --format "{{.Names}} {{.State}}"'].join('\n'));
    expect(out.split('\n').slice(3).join('\n')).toBe('one\ntwo\ntl running\nkeep running\n');
  });

  it('runs in the foreground until the line’s step budget stops it (a real one runs until Ctrl-C)', async () => {
    const out = await transcript('docker pull -q debian:12\ndocker run --rm debian:12 sh -c "echo a > /l; tail -f /l"');
    expect(out.split('\n').slice(1).join('\n')).toMatch(/^a\n.*stopped after \d+ steps/);
  });
});
