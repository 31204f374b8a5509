// What dockerd gives every container besides its image: the short ID as host name (/etc/hostname,
// HOSTNAME, the last /etc/hosts line with its address), /.dockerenv, PATH/HOSTNAME/TERM first in the
// environment; none of it is the container's own change (diff, commit), and export shows the init layer.
import { describe, expect, it } from 'vitest';
import { transcript } from '../../../src/sim/run-script.ts';

const run = (lines: string[]) => transcript(['docker pull -q alpine', ...lines].join('\n'));

describe('container init files', () => {
  it('names the container by its short ID in hostname, /etc/hostname, HOSTNAME and /etc/hosts', async () => {
    const out = await run(['docker run --name c1 alpine sh -c \'hostname; cat /etc/hostname; echo $HOSTNAME; tail -n 1 /etc/hosts; test -f /.dockerenv && echo dockerenv\'', 'docker inspect -f "{{.Config.Hostname}}" c1']);
    const [, name, file, env, hosts, marker, inspect] = out.trim().split('\n');
    expect(name).toMatch(/^[0-9a-f]{12}$/);
    expect([file, env, marker]).toEqual([name, name, 'dockerenv']);
    expect(hosts).toBe(`172.17.0.2\t${name}`);
    expect(inspect).toBe(name);
  });

  it('writes libnetwork’s /etc/hosts: the defaults, then the address with -h’s full and short name; none without a network', async () => {
    const out = await run(['docker run --rm -h web.example.com alpine cat /etc/hosts', 'docker run --rm --network none alpine cat /etc/hosts']);
    const defaults = '127.0.0.1\tlocalhost\n::1\tlocalhost ip6-localhost ip6-loopback\nfe00::0\tip6-localnet\nff00::0\tip6-mcastprefix\nff02::1\tip6-allnodes\nff02::2\tip6-allrouters\n';
    expect(out).toBe(`docker.io/library/alpine:latest\n${defaults}172.17.0.2\tweb.example.com web\n${defaults}`);
  });

  it('leaves them out of docker diff and commit, and exports the init layer’s empty files', async () => {
    const out = await run(['docker run --name c1 alpine sh -c "echo x > /new"', 'docker diff c1', 'docker commit c1 snap >/dev/null', 'docker run --rm snap sh -c "cat /etc/hostname; ls -l /.dockerenv | cut -c1-10"', 'docker export c1 | tar -tvf - | grep -E " (\\.dockerenv|etc/hosts?n?a?m?e?|etc/mtab.*)$" | cut -c1-10,48-']);
    const lines = out.trim().split('\n');
    expect(lines[1]).toBe('A /new');
    expect(lines[2]).toMatch(/^[0-9a-f]{12}$/);
    expect(lines[3]).toBe('-rwxr-xr-x');
    expect(lines.slice(4)).toEqual(['-rwxr-xr-x .dockerenv', '-rwxr-xr-x etc/hostname', '-rwxr-xr-x etc/hosts', 'lrwxrwxrwx etc/mtab -> /proc/mounts']);
  });

  it('starts the environment with PATH and HOSTNAME (TERM=xterm with -t), as dockerd does', async () => {
    const out = await run(['docker run --rm -e A=1 alpine env', 'docker run --rm -t alpine env']);
    const keys = out.trim().split(/\r?\n/).slice(1).map((l) => l.split('=')[0]);
    expect(keys).toEqual(['PATH', 'HOSTNAME', 'A', 'HOME', 'PWD', 'PATH', 'HOSTNAME', 'TERM', 'HOME', 'PWD']);
  });
});
