import { describe, expect, it } from 'vitest';
import { makeApk } from '../../../src/shell/programs/apk.ts';
import { makeAptGet } from '../../../src/shell/programs/apt-get.ts';
import { makePip } from '../../../src/shell/programs/pip.ts';
import { makeNpm } from '../../../src/shell/programs/npm.ts';
import { packageIndex } from '../../../src/shell/packages/loader.ts';
import { machine } from '../programs/machine.ts';

function alpine() {
  const m = machine();
  m.fs.mkdir('/etc/apk', { recursive: true });
  m.fs.mkdir('/lib/apk/db', { recursive: true });
  m.fs.writeFile('/etc/apk/repositories', 'https://dl-cdn.alpinelinux.org/alpine/v3.21/main\nhttps://dl-cdn.alpinelinux.org/alpine/v3.21/community\n');
  m.fs.writeFile('/etc/apk/world', 'busybox\n');
  m.fs.writeFile('/lib/apk/db/installed', 'P:busybox\nV:1.37.0-r12\nI:954368\nT:busybox\n\nP:musl\nV:1.2.5-r9\nI:7340032\nT:musl\n\n');
  return m;
}

describe('the offline index', () => {
  it('resolves every dependency it names', () => {
    for (const kind of ['apk', 'deb', 'pip'] as const) {
      const index = packageIndex(kind);
      for (const p of index.values()) for (const d of p.deps) expect(index.has(d.toLowerCase()), `${kind} ${p.name} → ${d}`).toBe(true);
    }
  });
});

describe('apk', () => {
  it('adds a package with its dependencies, as apk prints it', async () => {
    const m = alpine();
    const r = await m.run(makeApk(), ['apk', 'add', '--no-cache', 'curl']);
    expect(r.out.split('\n').slice(0, 4)).toEqual([
      'fetch https://dl-cdn.alpinelinux.org/alpine/v3.21/main/x86_64/APKINDEX.tar.gz',
      'fetch https://dl-cdn.alpinelinux.org/alpine/v3.21/community/x86_64/APKINDEX.tar.gz',
      '(1/9) Installing brotli-libs (1.1.0-r2)',
      '(2/9) Installing c-ares (1.34.5-r0)',
    ]);
    expect(r.out).toContain('(9/9) Installing curl (8.12.1-r1)\nExecuting busybox-1.37.0-r12.trigger\nOK: 12 MiB in 11 packages\n');
    expect(m.fs.lstat('/usr/bin/curl')).toMatchObject({ size: 248 * 1024 });
    expect(m.fs.readText('/lib/apk/db/installed')).toContain('P:curl\nV:8.12.1-r1\n');
    expect(m.fs.readText('/etc/apk/world')).toBe('busybox\ncurl\n');
    expect(m.fs.exists('/var/cache/apk')).toBe(false);
  });
  it('keeps the indexes in /var/cache/apk without --no-cache', async () => {
    const m = alpine();
    await m.run(makeApk(), ['apk', 'add', 'jq']);
    expect(m.fs.readdir('/var/cache/apk').length).toBe(2);
  });
  it('refuses an unknown package', async () => {
    const r = await alpine().run(makeApk(), ['apk', 'add', 'nope']);
    expect([r.code, r.err]).toEqual([1, 'ERROR: unable to select packages:\n  nope (no such package):\n    required by: world[nope]\n']);
  });
  it('deletes a package and its now-unneeded dependencies', async () => {
    const m = alpine();
    await m.run(makeApk(), ['apk', 'add', '--no-cache', 'jq']);
    const r = await m.run(makeApk(), ['apk', 'del', 'jq']);
    expect(r.out).toBe('(1/2) Purging jq (1.7.1-r0)\n(2/2) Purging oniguruma (6.9.9-r0)\nExecuting busybox-1.37.0-r12.trigger\nOK: 7 MiB in 2 packages\n');
    expect(m.fs.exists('/usr/bin/jq')).toBe(false);
  });
});

function debian() {
  const m = machine();
  m.fs.mkdir('/var/lib/dpkg', { recursive: true });
  m.fs.mkdir('/etc', { recursive: true });
  m.fs.writeFile('/etc/os-release', 'ID=debian\nVERSION_CODENAME=bookworm\n');
  m.fs.writeFile('/var/lib/dpkg/status', 'Package: bash\nStatus: install ok installed\nVersion: 5.2.15-2+b7\n');
  return m;
}

describe('apt-get', () => {
  it('cannot find a package before apt-get update', async () => {
    const r = await debian().run(makeAptGet('apt-get'), ['apt-get', 'install', '-y', 'curl']);
    expect(r).toEqual({ code: 100, out: 'Reading package lists...\nBuilding dependency tree...\nReading state information...\n', err: 'E: Unable to locate package curl\n' });
  });
  it('updates, then installs with the full output and records dpkg status', async () => {
    const m = debian();
    const u = await m.run(makeAptGet('apt-get'), ['apt-get', 'update']);
    expect(u.out.split('\n')[0]).toBe('Get:1 http://deb.debian.org/debian bookworm InRelease [151 kB]');
    const r = await m.run(makeAptGet('apt-get'), ['apt-get', 'install', '-y', 'jq']);
    expect(r.out).toContain('The following additional packages will be installed:\n  libjq1 libonig5\nThe following NEW packages will be installed:\n  jq libjq1 libonig5\n0 upgraded, 3 newly installed, 0 to remove and 0 not upgraded.\n');
    expect(r.out).toContain('Get:1 http://deb.debian.org/debian bookworm/main amd64 libonig5 amd64 6.9.8-1 [186 kB]\n');
    expect(r.out).toContain('Setting up jq (1.6-2.1) ...\n');
    expect(m.fs.readText('/var/lib/dpkg/status')).toContain('Package: jq\nStatus: install ok installed\n');
    expect(m.fs.exists('/usr/bin/jq')).toBe(true);
  });
  it('asks before installing extra packages without -y, and aborts without an answer', async () => {
    const m = debian();
    await m.run(makeAptGet('apt-get'), ['apt-get', 'update']);
    const r = await m.run(makeAptGet('apt-get'), ['apt-get', 'install', 'jq']);
    expect([r.code, r.out.endsWith('Do you want to continue? [Y/n] Abort.\n')]).toEqual([1, true]);
  });
});

describe('pip', () => {
  it('installs with dependencies, the summary and the root warning', async () => {
    const m = machine({ env: { HOME: '/root' } });
    m.fs.mkdir('/usr/local/lib/python3.12/site-packages', { recursive: true });
    const r = await m.run(makePip(), ['pip', 'install', 'requests']);
    expect(r.out.split('\n')[0]).toBe('Collecting requests');
    expect(r.out).toContain('Installing collected packages: charset-normalizer, idna, urllib3, certifi, requests\nSuccessfully installed certifi-2025.1.31 charset-normalizer-3.4.1 idna-3.10 requests-2.32.3 urllib3-2.3.0\n');
    expect(r.err).toContain("WARNING: Running pip as the 'root' user");
    expect(m.fs.exists('/usr/local/lib/python3.12/site-packages/requests-2.32.3.dist-info/METADATA')).toBe(true);
    expect((await m.run(makePip(), ['pip', 'install', 'requests'])).out).toBe('Requirement already satisfied: requests in /usr/local/lib/python3.12/site-packages (2.32.3)\n');
    const bad = await m.run(makePip(), ['pip', 'install', 'nope']);
    expect([bad.code, bad.err]).toEqual([1, 'ERROR: Could not find a version that satisfies the requirement nope (from versions: none)\nERROR: No matching distribution found for nope\n']);
  });
});

describe('npm', () => {
  it('init -y writes package.json; install adds node_modules and the lock file', async () => {
    const m = machine({ cwd: '/app' });
    m.fs.mkdir('/app');
    expect((await m.run(makeNpm(), ['npm', 'init', '-y'])).out.startsWith('Wrote to /app/package.json:\n\n{\n  "name": "app",\n  "version": "1.0.0",')).toBe(true);
    const r = await m.run(makeNpm(), ['npm', 'install', 'express']);
    expect(r.out).toBe('\nadded 69 packages, and audited 70 packages in 3s\n\n14 packages are looking for funding\n  run `npm fund` for details\n\nfound 0 vulnerabilities\n');
    expect(JSON.parse(m.fs.readText('/app/package.json')).dependencies).toEqual({ express: '^4.21.2' });
    expect(m.fs.exists('/app/node_modules/express/package.json') && m.fs.exists('/app/package-lock.json')).toBe(true);
    expect((await m.run(makeNpm(), ['npm', 'install', 'nope'])).err.split('\n')[0]).toBe('npm error code E404');
  });
});
