// One machine: what `docker info` and `docker stats` say of the host is what a container sees of it
// (nproc, /proc/meminfo), as on Docker Desktop, where the daemon and the containers share one VM.
import { describe, expect, it } from 'vitest';
import { createSession } from '../../src/session/session.ts';
import { memoryStorage } from '../../src/session/persistence/storage.ts';

async function type(session: ReturnType<typeof createSession>, line: string): Promise<string> {
  let out = '';
  await session.feed(line, (chunk) => (out += chunk.text));
  return out;
}

describe('the simulated machine', () => {
  it('has the same CPUs and memory in docker info as inside a container', async () => {
    const session = createSession({ storage: memoryStorage(), realTime: false });
    await session.start({ lessonId: 'size', workspace: [], checkpoints: [], tty: false, columns: 80, rows: 24 });
    await type(session, 'docker pull -q alpine');
    const [cpus, memory] = (await type(session, "docker info --format '{{.NCPU}} {{.MemTotal}}'")).trim().split(' ').map(Number);
    const inside = await type(session, "docker run --rm alpine sh -c 'nproc; grep -c ^processor /proc/cpuinfo; grep MemTotal /proc/meminfo'");
    const [nproc, processors, memTotal] = inside.trim().split('\n');
    expect([Number(nproc), Number(processors)]).toEqual([cpus, cpus]);
    expect(memTotal).toMatch(/^MemTotal:\s+\d+ kB$/);
    expect(Number(memTotal.replace(/\D/g, '')) * 1024).toBe(memory);
  });
});
