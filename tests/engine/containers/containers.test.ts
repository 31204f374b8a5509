import { describe, expect, it } from 'vitest';
import { Engine } from '../../../src/engine/engine.ts';
import { shellRuntime } from '../../../src/session/runtime.ts';
import { readTar } from '../../../src/vfs/tar/read.ts';
import { seedStates } from '../../support/engine-states.ts';

function collect() {
  let text = '';
  return { sink: { write: (t: string) => void (text += t) }, text: () => text };
}

describe('containers', () => {
  it('runs PID 1 from Cmd, logs its output and records the exit', async () => {
    const engine = await seedStates.alpineRunnable();
    const { Id } = engine.containerCreate({ Image: 'alpine', Cmd: ['sh', '-c', 'echo out; echo err >&2; exit 3'] }, 'job');
    const out = collect();
    const c = engine.containerStartAttached(Id, { stdout: out.sink, stderr: out.sink, stdin: '', columns: 80 });
    expect(await c.exit).toBe(3);
    expect(engine.containerInspect('job').State).toMatchObject({ Status: 'exited', ExitCode: 3, Running: false });
    expect(engine.containerLogs(Id).read().chunks.map((l) => [l.stream, l.text])).toEqual([['stdout', 'out\n'], ['stderr', 'err\n']]);
    expect(engine.containerList({ all: true })[0].Status).toBe('Exited (3) Less than a second ago');
  });

  it('keeps a name unique and says so in dockerd words', async () => {
    const engine = await seedStates.alpineRunnable();
    const { Id } = engine.containerCreate({ Image: 'alpine' }, 'web');
    expect(() => engine.containerCreate({ Image: 'alpine' }, 'web')).toThrow(
      `Conflict. The container name "/web" is already in use by container "${Id}". You have to remove (or rename) that container to be able to reuse that name.`,
    );
    expect(() => engine.containerCreate({ Image: 'alpine' }, 'bad name')).toThrow('Invalid container name (bad name), only [a-zA-Z0-9][a-zA-Z0-9_.-] are allowed');
  });

  it('refuses to start a missing executable with runc’s message and leaves the container Created', async () => {
    const engine = await seedStates.alpineRunnable();
    const { Id } = engine.containerCreate({ Image: 'alpine', Cmd: ['foo'] });
    expect(() => engine.containerStart(Id)).toThrow('exec: "foo": executable file not found in $PATH: unknown');
    expect(engine.containerList({ all: true })[0].Status).toBe('Created');
  });

  it('stops a shell PID 1 only with SIGKILL after the timeout (137)', async () => {
    const engine = await seedStates.alpineRunnable();
    const { Id } = engine.containerCreate({ Image: 'alpine', Cmd: ['sleep', '1000'] });
    await engine.containerStart(Id);
    const before = engine.host.now();
    await engine.containerStop(Id);
    expect(engine.host.now() - before).toBeGreaterThanOrEqual(10_000);
    expect(engine.containerInspect(Id).State.ExitCode).toBe(137);
  });

  it('reads docker kill -s as moby does: a number 1–64 or a name in any case, SIG optional, RTMIN+n too', async () => {
    const engine = await seedStates.alpineRunnable();
    const { Id } = engine.containerCreate({ Image: 'alpine', Cmd: ['sleep', '1000'] });
    await engine.containerStart(Id);
    for (const bad of ['FOO', '0', '65', 'SIGRTMAX+1']) await expect(engine.containerKill(Id, bad)).rejects.toThrow(`Invalid signal: ${bad}`);
    // Signals sleep has no handler for: as PID 1 it ignores them, and the container runs on.
    for (const good of ['sigwinch', 'USR1', '10', 'rtmin+2']) await engine.containerKill(Id, good);
    expect(engine.containerInspect(Id).State.Running).toBe(true);
    await engine.containerKill(Id, 'kill');
    expect(engine.containerInspect(Id).State.ExitCode).toBe(137);
  });

  it('diffs, commits and exports the container layer', async () => {
    const engine = await seedStates.alpineRunnable();
    const { Id } = engine.containerCreate({ Image: 'alpine', Cmd: ['sh', '-c', 'touch /x; rm /etc/motd'] });
    await engine.containerStartAttached(Id, { stdout: collect().sink, stderr: collect().sink, stdin: '', columns: 80 }).exit;
    expect(engine.containerChanges(Id)).toEqual([
      { Kind: 0, Path: '/etc' },
      { Kind: 2, Path: '/etc/motd' },
      { Kind: 1, Path: '/x' },
    ]);
    const image = engine.containerCommit(Id, { comment: 'msg', changes: ['CMD ["ls"]'] }, 'mine', 'v1');
    const history = engine.imageHistory('mine:v1');
    expect(history[0]).toMatchObject({ Id: image, CreatedBy: 'sh -c touch /x; rm /etc/motd', Comment: 'msg' });
    expect(engine.imageInspect('mine:v1').Config.Cmd).toEqual(['ls']);
    const paths = readTar(engine.containerExport(Id)).map((e) => e.path);
    expect(paths).toContain('x');
    expect(paths).not.toContain('etc/motd');
    const imported = engine.imageImport(engine.containerExport(Id), {}, 'flat', '');
    expect(engine.imageHistory(imported)).toHaveLength(1);
    expect(engine.imageHistory(imported)[0].Comment).toBe('Imported from -');
  });

  it('tells rmi which container uses an image', async () => {
    const engine = await seedStates.alpineRunnable();
    engine.containerCreate({ Image: 'alpine' });
    expect(() => engine.imageDelete('alpine')).toThrow(/^conflict: unable to remove repository reference "alpine" \(must force\) - container [0-9a-f]{12} is using its referenced image [0-9a-f]{12}$/);
  });

  it('keeps named volumes across containers and survives a snapshot', async () => {
    const engine = await seedStates.alpineRunnable();
    const run = async (cmd: string) => {
      const out = collect();
      const { Id } = engine.containerCreate({ Image: 'alpine', Cmd: ['sh', '-c', cmd], HostConfig: { Binds: ['data:/data'] } });
      await engine.containerStartAttached(Id, { stdout: out.sink, stderr: out.sink, stdin: '', columns: 80 }).exit;
      return out.text();
    };
    await run('echo kept > /data/f');
    expect(await run('cat /data/f')).toBe('kept\n');
    expect(() => engine.volumeRemove('data')).toThrow(/^remove data: volume is in use - \[/);
    const restored = new Engine(engine.host, structuredClone(engine.snapshot()), shellRuntime());
    expect(restored.containerList({ all: true })).toHaveLength(2);
    const { tar } = restored.containerArchiveGet(restored.containerList({ all: true })[0].Id, '/data/f');
    expect(new TextDecoder().decode(readTar(tar)[0].data)).toBe('kept\n');
  });

  it("gives an empty volume the owner and mode of the image's directory it covers, as dockerd's copyOwnership does", async () => {
    const engine = await seedStates.alpineRunnable();
    const run = async (cmd: string, bind: string[] = []) => {
      const out = collect();
      const { Id } = engine.containerCreate({ Image: 'alpine', Cmd: ['sh', '-c', cmd], HostConfig: { Binds: bind } });
      await engine.containerStartAttached(Id, { stdout: out.sink, stderr: out.sink, stdin: '', columns: 80 }).exit;
      return { Id, text: out.text() };
    };
    const { Id } = await run('mkdir /data && chown 1000:1000 /data && chmod 750 /data');
    engine.containerCommit(Id, {}, 'owned', 'v1');
    const stat = async (image: string, bind: string) => {
      const out = collect();
      const { Id: id } = engine.containerCreate({ Image: image, Cmd: ['stat', '-c', '%u:%g %a', bind.split(':')[1]], HostConfig: { Binds: [bind] } });
      await engine.containerStartAttached(id, { stdout: out.sink, stderr: out.sink, stdin: '', columns: 80 }).exit;
      return out.text();
    };
    expect(await stat('owned:v1', 'data:/data')).toBe('1000:1000 750\n');
    expect(await stat('alpine', 'scratchpad:/tmp')).toBe('0:0 1777\n');
    // A volume keeps what it got when mounted where the image has no such directory; a new one there is root 755.
    expect(await stat('alpine', 'data:/data')).toBe('1000:1000 750\n');
    expect(await stat('alpine', 'fresh:/nowhere')).toBe('0:0 755\n');
  });
});
