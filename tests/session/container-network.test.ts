// Containers talking to each other as in Docker 28: by name, alias or IP on a user-defined network
// (the embedded DNS at 127.0.0.11), by IP only on the default bridge (names do not resolve there),
// legacy --link lines in /etc/hosts, isolation between networks, and addresses handed out in order.
import { describe, expect, it } from 'vitest';
import { sessionLines } from '../support/session-lines.ts';

describe('container networking', () => {
  it('reaches nginx by name, alias and IP from a container on the same user-defined network', async () => {
    const { run } = await sessionLines('net');
    await run('docker pull -q nginx:alpine && docker pull -q alpine');
    await run('docker network create appnet');
    await run('docker run -d --name web --network appnet --network-alias frontend nginx:alpine');
    const title = '| grep -o "<title>.*</title>"';
    expect((await run(`docker run --rm --network appnet alpine wget -qO- http://web/ ${title}`)).stdout).toBe('<title>Welcome to nginx!</title>\n');
    expect((await run(`docker run --rm --network appnet alpine wget -qO- http://frontend/ ${title}`)).stdout).toBe('<title>Welcome to nginx!</title>\n');
    expect((await run(`docker run --rm --network appnet alpine wget -qO- http://172.18.0.2/ ${title}`)).stdout).toBe('<title>Welcome to nginx!</title>\n');
    expect((await run('docker run --rm --network appnet alpine cat /etc/resolv.conf')).stdout).toContain('nameserver 127.0.0.11\n');
  });

  it('does not resolve container names on the default bridge, and isolates networks from each other', async () => {
    const { run } = await sessionLines('net');
    await run('docker pull -q nginx:alpine && docker pull -q alpine');
    await run('docker network create appnet');
    await run('docker run -d --name web --network appnet nginx:alpine');
    const byName = await run('docker run --rm alpine wget -qO- http://web/');
    expect(byName.stderr).toBe("wget: bad address 'web'\n");
    expect(byName.status).toBe(1);
    // The address exists, but on another network: the packets are dropped.
    expect((await run('docker run --rm alpine wget -T 1 -qO- http://172.18.0.2/')).status).not.toBe(0);
    // Connecting the client's network makes the name resolve.
    await run('docker run -d --name client alpine sleep 1000');
    await run('docker network connect appnet client');
    expect((await run('docker exec client wget -qO- http://web/ | grep -c nginx')).stdout).not.toBe('0\n');
  });

  it('hands out addresses in order per network and writes --link lines into /etc/hosts on the default bridge', async () => {
    const { run } = await sessionLines('net');
    await run('docker pull -q alpine && docker pull -q nginx:alpine');
    await run('docker run -d --name db nginx:alpine');
    await run('docker run -d --name cache alpine sleep 1000');
    expect((await run(`docker inspect -f '{{.NetworkSettings.IPAddress}}' db cache`)).stdout).toBe('172.17.0.2\n172.17.0.3\n');
    const hosts = (await run('docker run --rm --link db:database alpine cat /etc/hosts')).stdout;
    expect(hosts).toMatch(/^172\.17\.0\.2\tdatabase [0-9a-f]{12} db$/m);
    expect((await run('docker run --rm --link db:database alpine wget -qO- http://database/ | grep -c "Welcome to nginx"')).stdout).toBe('2\n');
    await run('docker network create second');
    expect((await run(`docker run --rm --network second alpine tail -1 /etc/hosts`)).stdout).toMatch(/^172\.18\.0\.2\t[0-9a-f]{12}\n$/);
    expect((await run('docker run --rm --link nosuch alpine true')).stderr).toBe(
      "docker: Error response from daemon: could not get container for nosuch: No such container: nosuch\n\nRun 'docker run --help' for more information\n",
    );
  });

  it('talks nc between containers on a user-defined network; Debian slim images have no nc', async () => {
    const { run } = await sessionLines('net');
    await run('docker pull -q alpine && docker pull -q debian:bookworm-slim');
    await run('docker network create n1');
    await run(`docker run -d --name srv --network n1 alpine sh -c 'echo pong | nc -l -p 1234'`);
    expect((await run('echo ping | docker run -i --rm --network n1 alpine nc srv 1234')).stdout).toBe('pong\n');
    expect((await run('docker logs srv')).stdout).toBe('ping\n');
    const missing = await run(`docker run --rm debian:bookworm-slim bash -c 'nc srv 1234'`);
    expect(missing.stderr).toBe('bash: line 1: nc: command not found\n');
    expect(missing.status).toBe(127);
  });
});
