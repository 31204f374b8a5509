// What `docker build` and `docker run` send the daemon: the CLI's parsing of flags into the Engine API
// requests (tags canonical, build args from the environment, port specs), checked on a fake daemon.
import { describe, expect, it } from 'vitest';
import type { BuildRequest, ContainerCreateRequest } from '../../../src/engine/index.ts';
import { runDocker } from '../../support/fake-engine.ts';
import { buildEvents, buildResult, buildStream } from '../fixtures/build.ts';
import { goldenEngine } from '../fixtures/engine.ts';
import { NOW } from '../fixtures/images.ts';

const machine = { files: { Dockerfile: 'FROM alpine\n', 'ctx/Dockerfile.dev': 'FROM alpine:3.21\n' }, env: { VERSION: '1.2' } };

describe('docker build sends', () => {
  it('canonical tags, build args (a bare name from the environment), labels, target and the Dockerfile', async () => {
    let request: BuildRequest | undefined;
    const engine = goldenEngine({ imageBuild: (r) => ((request = r), buildStream(buildEvents, buildResult)) });
    const argv = ['build', '-q', '-t', 'app', '-t', 'ghcr.io/me/app:v1', '--build-arg', 'VERSION', '--build-arg', 'A=b=c', '--build-arg', 'UNSET',
      '--label', 'k=v', '--label', 'bare', '--target', 'final', '--no-cache', '-f', 'ctx/Dockerfile.dev', '.'];
    expect(await runDocker(engine, argv, NOW, machine)).toEqual({ stdout: `${buildResult.imageId}\n`, stderr: '', status: 0 });
    expect(request).toMatchObject({
      tags: ['docker.io/library/app:latest', 'ghcr.io/me/app:v1'], buildArgs: new Map([['VERSION', '1.2'], ['A', 'b=c']]),
      labels: { k: 'v', bare: '' }, target: 'final', noCache: true, pull: false, dockerfile: 'FROM alpine:3.21\n', dockerfileName: 'Dockerfile.dev',
      ref: '0123456789abcdefghijklmno',
    });
    expect(request?.dockerfileFromStdin).toBeUndefined();
  });

  it('the Dockerfile from stdin with -f -', async () => {
    let request: BuildRequest | undefined;
    const engine = goldenEngine({ imageBuild: (r) => ((request = r), buildStream(buildEvents, buildResult)) });
    await runDocker(engine, ['build', '-q', '-f', '-', '.'], NOW, { ...machine, stdin: 'FROM busybox\n' });
    expect(request).toMatchObject({ dockerfile: 'FROM busybox\n', dockerfileName: 'Dockerfile', dockerfileFromStdin: true });
  });
});

describe('docker run sends', () => {
  it('port bindings per container port, IPv6 hosts unbracketed, and the name', async () => {
    let sent: [ContainerCreateRequest, string] | undefined;
    const engine = goldenEngine({ containerCreate: (r, name = '') => ((sent = [r, name]), { Id: 'c'.repeat(64), Warnings: [] }) });
    const argv = ['run', '-d', '--name', 'web', '-p', '8080:80', '-p', '127.0.0.1:8443:443', '-p', '[::1]:9000:80', '-p', '53/udp', 'nginx:alpine'];
    expect((await runDocker(engine, argv, NOW)).status).toBe(0);
    expect(sent![1]).toBe('web');
    expect(sent![0].HostConfig?.PortBindings).toEqual({
      '80/tcp': [{ HostIp: '', HostPort: '8080' }, { HostIp: '::1', HostPort: '9000' }],
      '443/tcp': [{ HostIp: '127.0.0.1', HostPort: '8443' }],
      '53/udp': [{ HostIp: '', HostPort: '' }],
    });
  });

  it('refuses bad port specs as docker does, exit 125, before creating anything', async () => {
    const engine = goldenEngine({ containerCreate: () => { throw new Error('must not be called'); } });
    for (const [spec, error] of [['1:2:3:4', 'invalid IP address: 1:2'], ['x', 'invalid containerPort: x'], ['999.1.1.1:80:80', 'invalid IP address: 999.1.1.1'], ['a:80', 'invalid hostPort: a']]) {
      expect(await runDocker(engine, ['run', '-p', spec, 'alpine'], NOW)).toEqual({ stdout: '', stderr: `docker: ${error}\n\nRun 'docker run --help' for more information\n`, status: 125 });
    }
  });

  it('--mount as mount.Mount records: defaults to a volume, ./ sources made absolute, every key spelling', async () => {
    let sent: ContainerCreateRequest | undefined;
    const engine = goldenEngine({ containerCreate: (r) => ((sent = r), { Id: 'c'.repeat(64), Warnings: [] }) });
    const argv = ['run', '-d', '--mount', 'source=data,target=/data', '--mount', 'type=bind,src=./site,dst=/srv,readonly', '--mount', 'type=tmpfs,destination=/t,tmpfs-size=64m,tmpfs-mode=1770',
      '--mount', 'type=volume,dst=/cache,volume-nocopy,volume-label=team=web', '--mount', '"type=bind","source=/a,b",target=/ab,ro=false', 'alpine'];
    expect((await runDocker(engine, argv, NOW)).status).toBe(0);
    expect(sent!.HostConfig?.Mounts).toEqual([
      { Type: 'volume', Source: 'data', Target: '/data' },
      { Type: 'bind', Source: '/home/learner/site', Target: '/srv', ReadOnly: true },
      { Type: 'tmpfs', Target: '/t', TmpfsOptions: { SizeBytes: 64 * 1024 * 1024, Mode: 0o1770 } },
      { Type: 'volume', Target: '/cache', VolumeOptions: { NoCopy: true, Labels: { team: 'web' } } },
      { Type: 'bind', Source: '/a,b', Target: '/ab', ReadOnly: false },
    ]);
  });

  it('refuses a bad --mount with the CLI\'s words, exit 125, before creating anything', async () => {
    const engine = goldenEngine({ containerCreate: () => { throw new Error('must not be called'); } });
    const cases: [string, string][] = [
      ['type=volume', 'target is required'],
      ['type=,dst=/x', 'type is required'],
      ['dst=/x,bogus=1', "unexpected key 'bogus' in 'bogus=1'"],
      ['dst=/x,rw', "invalid field 'rw' must be a key=value pair"],
      ['type=bind,dst=/x,volume-nocopy', "cannot mix 'volume-*' options with mount type 'bind'"],
      ['type=volume,dst=/x,bind-propagation=shared', "cannot mix 'bind-*' options with mount type 'volume'"],
      ['dst=/x,readonly=maybe', 'invalid value for readonly: maybe'],
      ['type=tmpfs,dst=/x,tmpfs-mode=9', 'invalid value for tmpfs-mode: 9'],
      ['dst="/x', 'parse error on line 1, column 5: bare " in non-quoted-field'],
    ];
    for (const [value, error] of cases) {
      const r = await runDocker(engine, ['run', '--mount', value, 'alpine'], NOW);
      expect(r.status).toBe(125);
      expect(r.stderr.split('\n')[0]).toBe(`invalid argument ${JSON.stringify(value)} for "--mount" flag: ${error}`);
    }
  });
});
