// User-defined networks are part of the saved state: after a reload they are listed with the same ID
// and subnet, and a container on one starts again and is reachable by name there.
import { describe, expect, it } from 'vitest';
import { createSession } from '../../../src/session/session.ts';
import type { SessionOptions } from '../../../src/protocol/session.ts';
import { type } from '../typing.ts';
import { testStorage } from './storages.ts';

const options: SessionOptions = { lessonId: 'networks', workspace: [], checkpoints: [], tty: false, columns: 80, rows: 24 };

async function open(storage: ReturnType<typeof testStorage>) {
  const session = createSession({ storage, realTime: false });
  await session.start(options);
  return session;
}

describe('networks survive a reload', () => {
  it('keeps a user-defined network and the containers on it', async () => {
    const storage = testStorage();
    const first = await open(storage);
    await type(first, 'docker pull -q nginx:alpine && docker pull -q alpine && docker network create --subnet 10.5.0.0/24 appnet');
    await type(first, 'docker create --name web --network appnet nginx:alpine');
    const before = await type(first, "docker network ls --filter name=appnet --format '{{.ID}} {{.Name}}'");

    const reloaded = await open(storage);
    expect(await type(reloaded, "docker network ls --filter name=appnet --format '{{.ID}} {{.Name}}'")).toBe(before);
    expect(await type(reloaded, "docker network inspect -f '{{range .IPAM.Config}}{{.Subnet}}{{end}}' appnet")).toBe('10.5.0.0/24\n');
    await type(reloaded, 'docker start web');
    expect(await type(reloaded, 'docker run --rm --network appnet alpine wget -qO- http://web/ | grep -c "Welcome to nginx"')).toBe('2\n');
  });
});
