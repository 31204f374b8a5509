// The daemon's side of `--mount` (HostConfig.Mounts): named, anonymous and no-copy volumes, binds that
// must exist, tmpfs, and dockerd's refusals word for word; `-v` and `--mount` on one path collide.
import { describe, expect, it } from 'vitest';
import type { Engine } from '../../../src/engine/engine.ts';
import type { MountSpec } from '../../../src/engine/index.ts';
import { Vfs } from '../../../src/vfs/vfs.ts';
import { seedStates } from '../../support/engine-states.ts';

function create(engine: Engine, mounts: MountSpec[], binds: string[] = []) {
  return engine.containerCreate({ Image: 'alpine', Cmd: ['true'], HostConfig: { Mounts: mounts, Binds: binds } });
}

describe('--mount', () => {
  it('makes a named volume, fills it from the image unless volume-nocopy, and reports each mount', async () => {
    const engine = await seedStates.alpine();
    const { Id } = create(engine, [{ Type: 'volume', Source: 'conf', Target: '/etc/apk' }, { Type: 'volume', Target: '/etc/ssl', VolumeOptions: { NoCopy: true } }]);
    expect(engine.volumeList().map((v) => v.Name)).toContain('conf');
    const mounts = engine.containerInspect(Id).Mounts;
    expect(mounts[0]).toEqual({ Type: 'volume', Name: 'conf', Source: '/var/lib/docker/volumes/conf/_data', Destination: '/etc/apk', Driver: 'local', Mode: '', RW: true, Propagation: '' });
    expect(mounts[1]).toMatchObject({ Type: 'volume', Destination: '/etc/ssl', Mode: '', RW: true });
    expect(engine.volumeFiles('conf')!.readdir('/').length).toBeGreaterThan(0);
    expect(engine.volumeFiles(mounts[1].Name!)!.readdir('/')).toEqual([]);
    expect(engine.containerInspect(Id).HostConfig.Mounts).toEqual([{ Type: 'volume', Source: 'conf', Target: '/etc/apk' }, { Type: 'volume', Target: '/etc/ssl', VolumeOptions: { NoCopy: true } }]);
  });

  it('mounts an existing host directory and a tmpfs; refuses a missing bind source unless bind-create-mountpoint', async () => {
    const engine = await seedStates.alpine();
    const host = Vfs.empty();
    host.mkdir('/home/learner/site', { recursive: true });
    host.writeFile('/home/learner/site/index.html', 'hi');
    engine.hostFs = host;
    const { Id } = create(engine, [{ Type: 'bind', Source: '/home/learner/site', Target: '/srv', ReadOnly: true }, { Type: 'tmpfs', Target: '/scratch' }]);
    expect(engine.containerInspect(Id).Mounts).toEqual([
      { Type: 'bind', Source: '/home/learner/site', Destination: '/srv', Mode: '', RW: false, Propagation: 'rprivate' },
      { Type: 'tmpfs', Source: '', Destination: '/scratch', Mode: '', RW: true, Propagation: '' },
    ]);
    expect(() => create(engine, [{ Type: 'bind', Source: '/nope', Target: '/x' }])).toThrow('invalid mount config for type "bind": bind source path does not exist: /nope');
    create(engine, [{ Type: 'bind', Source: '/made', Target: '/x', BindOptions: { CreateMountpoint: true } }]);
    expect(host.exists('/made')).toBe(true);
  });

  it('refuses what dockerd refuses', async () => {
    const engine = await seedStates.alpine();
    const refusals: [MountSpec, string][] = [
      [{ Type: 'volume', Target: '' }, 'invalid mount config for type "volume": field Target must not be empty'],
      [{ Type: 'volume', Target: '/' }, "invalid specification: destination can't be '/'"],
      [{ Type: 'volume', Target: 'rel' }, `invalid mount config for type "volume": invalid mount path: 'rel' mount path must be absolute`],
      [{ Type: 'bind', Target: '/x' }, 'invalid mount config for type "bind": field Source must not be empty'],
      [{ Type: 'bind', Source: 'rel', Target: '/x' }, `invalid mount config for type "bind": invalid mount path: 'rel' mount path must be absolute`],
      [{ Type: 'tmpfs', Source: 'x', Target: '/x' }, 'invalid mount config for type "tmpfs": field Source must not be specified'],
      [{ Type: 'volume', Target: '/x', ReadOnly: true }, 'invalid mount config for type "volume": must not set ReadOnly mode when using anonymous volumes'],
      [{ Type: 'npipe', Target: '/x' }, 'invalid mount config for type "npipe": mount type unknown'],
    ];
    for (const [spec, message] of refusals) expect(() => create(engine, [spec])).toThrow(message);
    expect(() => create(engine, [{ Type: 'volume', Source: 'data', Target: '/d' }], ['data:/d'])).toThrow('Duplicate mount point: /d');
    expect(engine.containerList({ all: true })).toEqual([]);
  });
});
