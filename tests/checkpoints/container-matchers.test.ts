// The container matchers on real engine state: containers made by real docker commands in a headless session.
import { describe, expect, it } from 'vitest';
import { verdicts } from './verdicts.ts';
import { defineLesson } from '../../src/checkpoints/authoring.ts';

describe('container matchers', () => {
  it('containerExists finds a container by name or image, in a state', async () => {
    expect(
      await verdicts(['docker run --name greeter hello-world'], [
        { matcher: 'containerExists', params: { name: 'greeter' } },
        { matcher: 'containerExists', params: { ancestor: 'hello-world', state: 'exited' } },
        { matcher: 'containerExists', params: { name: 'greeter', state: 'running' } },
        { matcher: 'containerExists', params: { name: 'web' } },
        { matcher: 'containerExists', params: { ancestor: 'nginx:alpine' } },
      ]),
    ).toEqual([
      'pass',
      'pass',
      'greeter is exited; it should be running.',
      'There is no container named web yet (docker ps -a lists none).',
      'There is no container of nginx:alpine yet (docker ps -a lists none).',
    ]);
  });

  it('containerRunning checks the state and the published port', async () => {
    expect(
      await verdicts(['docker run -d --name web -p 8080:80 nginx:alpine', 'docker run -d --name other nginx:alpine', 'docker run --name done hello-world'], [
        { matcher: 'containerRunning', params: { name: 'web', publish: '8080:80' } },
        { matcher: 'containerRunning', params: { ancestor: 'nginx:alpine', publish: '8080:80' } },
        { matcher: 'containerRunning', params: { name: 'web', publish: '8081:80' } },
        { matcher: 'containerRunning', params: { name: 'other', publish: '8080:80' } },
        { matcher: 'containerRunning', params: { name: 'done' } },
      ]),
    ).toEqual([
      'pass',
      'pass',
      'web is running, but it publishes 8080:80: port 8081 on your machine should lead to port 80 in the container (-p 8081:80).',
      'other is running, but it publishes no ports: port 8080 on your machine should lead to port 80 in the container (-p 8080:80).',
      'done is exited, not running: start it (or run a new one) and keep it running.',
    ]);
  });

  it('containerRunning turns false once the container is stopped', async () => {
    expect(await verdicts(['docker run -d --name web nginx:alpine', 'docker stop web'], [{ matcher: 'containerRunning', params: { name: 'web' } }])).toEqual([
      'web is exited, not running: start it (or run a new one) and keep it running.',
    ]);
  });

  it('containerDiffHas reads docker diff: added, changed, deleted', async () => {
    expect(
      await verdicts(["docker run --name pad alpine:3.21 sh -c 'echo hi > /tmp/hello.txt; rm /etc/motd'"], [
        { matcher: 'containerDiffHas', params: { name: 'pad', path: '/tmp/hello.txt', kind: 'A' } },
        { matcher: 'containerDiffHas', params: { name: 'pad', path: '/etc/motd', kind: 'D' } },
        { matcher: 'containerDiffHas', params: { ancestor: 'alpine:3.21', path: '/etc', kind: 'C' } },
        { matcher: 'containerDiffHas', params: { name: 'pad', path: '/tmp/hello.txt', kind: 'D' } },
        { matcher: 'containerDiffHas', params: { name: 'pad', path: '/root/notes.txt', kind: 'A' } },
      ]),
    ).toEqual([
      'pass',
      'pass',
      'pass',
      'pad has /tmp/hello.txt added, not deleted (docker diff shows it).',
      'docker diff pad does not show /root/notes.txt as added yet.',
    ]);
  });

  it('containerLogsContain matches what the main process printed', async () => {
    expect(
      await verdicts(['docker run --name greeter hello-world', "docker run --name quiet alpine:3.21 echo 'nothing much'"], [
        { matcher: 'containerLogsContain', params: { name: 'greeter', pattern: '^Hello from Docker!$', describe: 'the greeting' } },
        { matcher: 'containerLogsContain', params: { name: 'quiet', pattern: '^Hello from Docker!$', describe: 'the greeting' } },
      ]),
    ).toEqual(['pass', 'The logs of quiet do not show the greeting yet (see docker logs).']);
  });

  it('rejects a container check that names neither or both of name and ancestor', () => {
    const lesson = (params: Record<string, unknown>) => () =>
      defineLesson('99-test', { checkpoints: [{ id: 'a', title: 'A', hints: ['a', 'b', 'c'], checks: [{ matcher: 'containerRunning', params } as never] }] });
    expect(lesson({})).toThrow(/give exactly one of name or ancestor/);
    expect(lesson({ name: 'web', ancestor: 'nginx' })).toThrow(/give exactly one of name or ancestor/);
    expect(lesson({ name: 'web', publish: '8080' })).toThrow(/params\.publish: write the port as -p takes it/);
  });
});
