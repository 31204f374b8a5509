// docker network create/ls/inspect/rm/prune/connect/disconnect and run --network through the Engine
// API: the real CLI and ours print the same, errors and exit codes included.
import { describe, expect, it } from 'vitest';
import { differential, skipReason } from './harness.ts';

const skip = skipReason();

describe.skipIf(skip)('differential: networks', () => {
  it('creates, lists, inspects and removes networks like the real CLI', { timeout: 120_000 }, async () => {
    const { ours, real } = await differential([
      'docker network ls',
      'docker network create --label team=web mynet',
      'docker network create mynet',
      'docker network create --subnet 10.10.0.0/24 --gateway 10.10.0.254 lab',
      'docker network create --subnet 10.10.0.0/16 overlap',
      'docker network create --gateway 10.1.1.1 nosubnet',
      'docker network create --subnet 10.20.0.0/24 --gateway 10.30.0.1 wronggw',
      'docker network create -d overlay2x other',
      'docker network ls --no-trunc',
      'docker network ls -q',
      "docker network ls --filter name=net --format '{{.Name}} {{.Driver}} {{.Scope}} {{.Internal}} {{.IPv6}} {{.Labels}}'",
      'docker network ls --filter type=custom --filter label=team=web',
      'docker network ls --filter bogus=1',
      "docker network inspect -f '{{.Name}} {{range .IPAM.Config}}{{.Subnet}} {{.Gateway}}{{end}} {{.Internal}}' mynet lab bridge",
      'docker network inspect mynet',
      'docker network inspect nope',
      "docker inspect -f '{{.Name}} {{.Driver}}' mynet",
      "docker inspect --type network -f '{{.Name}}' lab",
      'docker inspect --type network nope',
      'docker network rm bridge',
      'docker network rm nope lab',
      'docker network rm -f nope',
      'docker network prune -f',
      'docker network ls',
    ]);
    expect(ours).toEqual(real);
    expect(real[2].stderr).toBe('Error response from daemon: network with name mynet already exists\n');
  });

  it('attaches containers, refuses to remove a network in use, connects and disconnects like the real CLI', { timeout: 120_000 }, async () => {
    const { ours, real } = await differential([
      'docker pull -q alpine',
      'docker network create appnet',
      'docker run -d --name web --network appnet --network-alias frontend alpine sleep 1000',
      'docker run -d --name db alpine sleep 1000',
      "docker inspect -f '{{range $k, $v := .NetworkSettings.Networks}}{{$k}} {{$v.IPAddress}} {{$v.Gateway}} {{$v.IPPrefixLen}} {{$v.Aliases}} {{$v.DNSNames}}{{end}}' web",
      "docker inspect -f '{{.NetworkSettings.IPAddress}} {{range $k, $v := .NetworkSettings.Networks}}{{$k}} {{$v.IPAddress}} {{$v.Gateway}}{{end}}' db",
      "docker network inspect -f '{{range .Containers}}{{.Name}} {{.IPv4Address}}{{end}}' appnet",
      'docker network rm appnet',
      'docker network connect appnet db',
      'docker network connect appnet db',
      "docker inspect -f '{{range $k, $v := .NetworkSettings.Networks}}{{$k}}={{$v.IPAddress}} {{end}}' db",
      "docker ps --filter name=web --format '{{.Names}} {{.Networks}}'",
      "docker ps --filter network=appnet --format '{{.Names}}'",
      'docker network disconnect appnet db',
      'docker network disconnect appnet db',
      'docker run --rm --network-alias x alpine true',
      'docker run --rm --ip 172.17.0.9 alpine true',
      'docker run --rm --network nope alpine true',
      'docker rm -f web db',
      'docker network rm appnet',
    ]);
    expect(ours).toEqual(real);
    expect(real[4].stdout).toBe('appnet 172.18.0.2 172.18.0.1 16 [frontend] [web frontend ' + real[2].stdout.slice(0, 12) + ']\n');
  });
});
