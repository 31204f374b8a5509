// Archives that real tools read and write. `docker load` takes the docker-archive and the oci-archive
// buildah writes (tests/oracle/archives, re-recorded by scripts/oracle/record-archives.sh), gzipped or
// not; and, where buildah is installed and we are root, buildah pulls what `docker save` wrote, runs a
// file from it, and what buildah pushes back loads here with the same layers.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { Engine } from '../../src/engine/engine.ts';
import { imageRootfs } from '../../src/engine/images/rootfs.ts';
import { simulatedClock } from '../../src/session/clock.ts';
import { Vfs } from '../../src/vfs/vfs.ts';
import { build, buildEngine } from '../engine/builder/build/helpers.ts';

const archive = (name: string) => readFileSync(new URL(`./archives/${name}`, import.meta.url));
const rootfs = (engine: Engine, ref: string) => new Vfs(imageRootfs(engine.store, engine.resolveImage(ref)));

describe('docker load of archives buildah wrote', () => {
  it('loads a docker-archive: both names, two layers, the whiteout applied, the config kept', () => {
    const engine = new Engine(simulatedClock());
    expect(engine.imagesLoad(archive('buildah-docker.tar')).map((m) => m.status)).toEqual(['Loading layer', 'Loading layer', 'Loaded image: buildah-made:v1', 'Loaded image: localhost/buildah-made:v1']);
    const fs = rootfs(engine, 'buildah-made:v1');
    expect(fs.readText('/hello.txt')).toBe('hello from buildah\n');
    expect(fs.readText('/data/sub/second.txt')).toBe('second layer\n');
    expect(fs.exists('/gone.txt')).toBe(false);
    const config = engine.store.config(engine.resolveImage('localhost/buildah-made:v1')).config;
    expect(config.Env).toContain('GREETING=hello');
    expect(config.WorkingDir).toBe('/data');
    expect(config.Labels?.['made-by']).toBe('buildah');
  });

  it('loads an oci-archive (gzip layers, named by ref.name as the containerd image store names it)', () => {
    const engine = new Engine(simulatedClock());
    expect(engine.imagesLoad(archive('buildah-oci.tar'), true).map((m) => m.status)).toEqual(['Loaded image: v1:latest']);
    const fs = rootfs(engine, 'v1:latest');
    expect(fs.readText('/hello.txt')).toBe('hello from buildah\n');
    expect(fs.exists('/gone.txt')).toBe(false);
  });

  it('gives both archives of one image the same image ID', () => {
    const engine = new Engine(simulatedClock());
    engine.imagesLoad(archive('buildah-docker.tar'), true);
    engine.imagesLoad(archive('buildah-oci.tar'), true);
    expect(engine.resolveImage('v1:latest')).toBe(engine.resolveImage('buildah-made:v1'));
  });

  it('loads a gzipped archive (docker load -i image.tar.gz)', () => {
    const engine = new Engine(simulatedClock());
    expect(engine.imagesLoad(gzipSync(archive('buildah-docker.tar')), true).map((m) => m.status)).toEqual(['Loaded image: buildah-made:v1', 'Loaded image: localhost/buildah-made:v1']);
  });
});

describe('docker export', () => {
  it('writes each path once, as GNU tar lists it, and import gives the files back', async () => {
    const engine = buildEngine();
    const built = await build(engine, {}, { dockerfile: 'FROM alpine:3.21\nRUN echo kept > /kept && rm /etc/motd\n', tags: ['docker.io/library/exp:v1'] });
    if (built.error) throw built.error;
    const { Id } = engine.containerCreate({ Image: 'exp:v1' }, 'exp');
    const tar = engine.containerExport(Id);
    const dir = mkdtempSync(join(tmpdir(), 'export-'));
    try {
      writeFileSync(join(dir, 'export.tar'), tar);
      const listing = execFileSync('tar', ['-tf', join(dir, 'export.tar')], { encoding: 'utf8' }).trim().split('\n');
      expect(listing.length).toBeGreaterThan(100);
      expect(new Set(listing).size).toBe(listing.length);
      expect(listing).toContain('kept');
      expect(listing).not.toContain('etc/motd');
      expect(listing.filter((p) => p.includes('.wh.'))).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    const imported = engine.imageImport(tar, {}, 'docker.io/library/flat', 'v1');
    expect(new Vfs(imageRootfs(engine.store, imported)).readText('/kept')).toBe('kept\n');
  });
});

const live = hasBuildah() && process.getuid?.() === 0 && spawnSync('sh', ['-c', 'command -v busybox']).status === 0;
describe.runIf(live)('buildah reads what docker save wrote', () => {
  it('pulls a saved image built on alpine, runs a file from it, and its pushes load back here', { timeout: 180_000 }, async () => {
    const engine = buildEngine();
    const context = Vfs.empty({ clock: () => 1_700_000_000_000 });
    const busybox = execFileSync('sh', ['-c', 'command -v busybox'], { encoding: 'utf8' }).trim();
    context.writeFile('/busybox', readFileSync(busybox), { mode: 0o755 });
    const dockerfile = 'FROM alpine:3.21\nRUN echo made in the workbook > /made.txt && mkdir -p /app && echo two > /app/two\nCOPY busybox /opt/real/busybox\n';
    const built = await build(engine, {}, { context: context.root, dockerfile, tags: ['docker.io/workbook/saved:v1'] });
    if (built.error) throw built.error;
    const saved = engine.imagesGet(['workbook/saved:v1']);
    const dir = mkdtempSync(join(tmpdir(), 'buildah-archive-'));
    const b = (...args: string[]) => execFileSync('buildah', ['--root', join(dir, 'root'), '--runroot', join(dir, 'run'), '--storage-driver', 'vfs', ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    try {
      writeFileSync(join(dir, 'saved.tar'), saved);
      b('pull', '-q', `docker-archive:${join(dir, 'saved.tar')}`);
      // buildah qualifies the archive's short name with localhost/
      const ctr = b('from', '--pull=never', 'localhost/workbook/saved:v1').trim();
      // The image's own /bin/busybox is a stand-in: a real static busybox, copied in, runs the commands.
      const run = (...args: string[]) => b('run', '--isolation', 'chroot', ctr, '--', '/opt/real/busybox', ...args);
      expect(run('cat', '/made.txt', '/app/two', '/etc/alpine-release')).toBe('made in the workbook\ntwo\n3.21.3\n');
      expect(run('readlink', '/bin/ls')).toBe('/bin/busybox\n');
      b('push', '-q', 'localhost/workbook/saved:v1', `docker-archive:${join(dir, 'back-docker.tar')}:back:docker`);
      b('push', '-q', 'localhost/workbook/saved:v1', `oci-archive:${join(dir, 'back-oci.tar')}:back-oci`);
      const diffIds = (e: Engine, ref: string) => e.store.config(e.resolveImage(ref)).rootfs.diff_ids;
      for (const [file, ref] of [['back-docker.tar', 'back:docker'], ['back-oci.tar', 'back-oci:latest']]) {
        const fresh = new Engine(simulatedClock());
        expect(fresh.imagesLoad(readFileSync(join(dir, file)), true).map((m) => m.status)).toContain(`Loaded image: ${ref}`);
        expect(diffIds(fresh, ref), file).toEqual(diffIds(engine, 'workbook/saved:v1'));
        expect(rootfs(fresh, ref).readText('/made.txt')).toBe('made in the workbook\n');
      }
      // docker export → a real tool unpacks it, and its files run.
      const { Id } = engine.containerCreate({ Image: 'workbook/saved:v1' }, 'exported');
      writeFileSync(join(dir, 'export.tar'), engine.containerExport(Id));
      const flat = b('from', 'scratch').trim();
      b('add', flat, join(dir, 'export.tar'), '/');
      expect(b('run', '--isolation', 'chroot', flat, '--', '/opt/real/busybox', 'cat', '/made.txt')).toBe('made in the workbook\n');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

function hasBuildah(): boolean {
  return spawnSync('buildah', ['--version']).status === 0;
}
