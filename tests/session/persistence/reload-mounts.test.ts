// After a reload a container's bind mount is the host's directory again (both ways), and what was
// pushed to a `registry:2` container is still served by it.
import { describe, expect, it } from 'vitest';
import { createSession } from '../../../src/session/session.ts';
import type { SessionOptions } from '../../../src/protocol/session.ts';
import { type } from '../typing.ts';
import { testStorage } from './storages.ts';

const options: SessionOptions = { lessonId: 'reload', workspace: [], checkpoints: [], tty: false, columns: 80, rows: 24 };

async function open(storage: ReturnType<typeof testStorage>) {
  const session = createSession({ storage, realTime: false });
  await session.start(options);
  return session;
}

describe('a reload keeps what containers serve', () => {
  it('grafts bind mounts back: the container sees the host directory and writes through to it', async () => {
    const storage = testStorage();
    await type(await open(storage), 'mkdir site && echo one > site/a && docker run -d --name box -v $HOME/site:/x alpine sleep 100000');
    const reloaded = await open(storage);
    expect(await type(reloaded, 'echo two > site/b; docker exec box ls /x')).toBe('a\nb\n');
    expect(await type(reloaded, 'docker exec box sh -c "echo three > /x/c"; ls site')).toBe('a\nb\nc\n');
    expect(await type(await open(storage), 'cat site/c')).toBe('three\n');
  });

  it('keeps what was pushed to a registry:2 container', async () => {
    const storage = testStorage();
    await type(await open(storage), 'docker run -d --name reg -p 5000:5000 registry:2 && docker pull -q alpine && docker tag alpine localhost:5000/mine && docker push -q localhost:5000/mine && docker rmi localhost:5000/mine');
    const reloaded = await open(storage);
    // The resumed registry listens once it has had a turn (a learner's first command gives it one).
    expect(await type(reloaded, 'docker ps --format "{{.Names}}"')).toBe('reg\n');
    expect(await type(reloaded, 'docker pull -q localhost:5000/mine')).toBe('localhost:5000/mine:latest\n');
    expect(await type(reloaded, 'curl -s localhost:5000/v2/_catalog')).toContain('"mine"');
    await type(reloaded, 'docker rm -f reg && docker run -d --name reg2 -p 5000:5000 registry:2');
    const again = await open(storage);
    await type(again, 'docker ps -q');
    expect(await type(again, 'curl -s localhost:5000/v2/_catalog')).toContain('"repositories":[]');
  });
});
