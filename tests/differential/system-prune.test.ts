// docker system prune and container prune --filter through the Engine API: the real CLI and ours
// print the same question, parts and totals, and refuse the same filters.
import { describe, expect, it } from 'vitest';
import { differential, skipReason } from './harness.ts';

const skip = skipReason();

describe.skipIf(skip)('differential: system prune', () => {
  it('prunes containers, networks, volumes and images as the real CLI reports them', { timeout: 120_000 }, async () => {
    const { ours, real } = await differential([
      'docker pull -q alpine',
      'docker pull -q busybox',
      'docker run --name done1 --label keep=yes alpine true',
      'docker run --name done2 -v /data alpine true',
      'docker run -d --name up busybox sleep 1000',
      'docker network create spare',
      'docker container prune -f --filter label=keep=yes',
      'docker container prune -f --filter until=abc',
      'docker container prune -f --filter bogus=1',
      'docker system prune',
      'docker system prune -f --volumes --filter until=1h',
      'docker system prune -f --volumes',
      'docker system prune -af',
      'docker images --format "{{.Repository}}"',
    ]);
    expect(ours).toEqual(real);
    expect(real[6].stdout).toMatch(/^Deleted Containers:\n[0-9a-f]{64}\n\nTotal reclaimed space: 0B\n$/);
    expect(real[11].stdout).toMatch(/^Deleted Containers:\n[0-9a-f]{64}\n\nDeleted Networks:\nspare\n\nDeleted Volumes:\n[0-9a-f]{64}\n\nTotal reclaimed space: /);
    expect(real[13].stdout).toBe('busybox\n');
  });

  it('prunes volumes by label and refuses the filters moby does not take', { timeout: 120_000 }, async () => {
    const { ours, real } = await differential([
      'docker pull -q alpine',
      'docker volume create --label keep=yes named',
      'docker volume create other',
      'docker run --name anon -v /data alpine true',
      'docker rm anon',
      'docker volume prune -f --filter label=nope',
      'docker volume prune -f --filter until=1h',
      'docker volume prune -a --filter all=1',
      'docker volume prune -af --filter label=keep=yes',
      'docker system prune -f --volumes --filter label!=keep',
      'docker volume ls -q',
      'docker volume prune -f --filter all=yes',
    ]);
    expect(ours).toEqual(real);
    expect(real[11].stderr).toBe("Error response from daemon: invalid filter 'all=[yes]'\n");
    expect(real[5].stdout).toBe('Total reclaimed space: 0B\n');
    expect(real[8].stdout).toBe('Deleted Volumes:\nnamed\n\nTotal reclaimed space: 0B\n');
    expect(real[10].stdout).toBe('other\n');
  });
});
