// Every executable in every seeded image either runs as a program, runs as a shell script, or says in
// one line that the workbook does not support it: never a syntax error from its stand-in text.
import { describe, expect, it } from 'vitest';
import { hubCatalog } from '../../../src/engine/registry/catalog/index.ts';
import { dockerHub } from '../../../src/engine/registry/registry.ts';
import { treeFromLayers } from '../../../src/vfs/layers/index.ts';
import { readTar } from '../../../src/vfs/tar/read.ts';
import { Vfs } from '../../../src/vfs/vfs.ts';
import { isBusybox, shellRuntime } from '../../../src/session/runtime.ts';
import { busyboxPrograms, coreutilsPrograms } from '../../../src/shell/programs/index.ts';
import { containerRegistryHandler } from '../../../src/engine/registry/container-registry.ts';

const BIN_DIRS = ['/usr/local/sbin', '/usr/local/bin', '/usr/sbin', '/usr/bin', '/sbin', '/bin'];

/** One filesystem per distinct amd64 image of the catalog, named by its first repo:tag. */
function catalogImages(): [string, () => Vfs][] {
  const hub = dockerHub();
  const seen = new Map<string, string>();
  const out: [string, () => Vfs][] = [];
  for (const repo of hubCatalog.values()) {
    for (const tag of Object.keys(repo.tags)) {
      const manifest = hub.resolveTag(repo.name, tag)?.manifests.find((m) => m.platform === 'linux/amd64');
      if (!manifest || seen.has(manifest.digest)) continue;
      seen.set(manifest.digest, tag);
      out.push([`${repo.name}:${tag}`, () => new Vfs(treeFromLayers(manifest.layers.map((l) => readTar(l.tar))))]);
    }
  }
  return out;
}

/** Runs `argv` as a container process would (exec form) and collects its output. */
async function exec(fs: Vfs, argv: string[]) {
  let out = '';
  let err = '';
  const code = await shellRuntime().run(
    { fs, argv, env: ['PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin'], cwd: '/', user: 'root', hostname: 'c0ffee' },
    { stdout: { write: (t) => (out += t) }, stderr: { write: (t) => (err += t) }, stdin: '', tty: false, columns: 80, signal: new AbortController().signal, sleep: () => Promise.resolve() },
  );
  return { out, err, code };
}

describe('executables in the seeded images', () => {
  for (const [name, rootfs] of catalogImages()) {
    it(`${name}: none runs its stand-in text`, async () => {
      const fs = rootfs();
      // Programs of the table have their own tests (and servers among them would start and wait).
      const table = isBusybox(fs) ? busyboxPrograms({ registryHandler: containerRegistryHandler }) : coreutilsPrograms({ registryHandler: containerRegistryHandler });
      for (const dir of BIN_DIRS) {
        if (!fs.exists(dir)) continue;
        for (const entry of fs.readdir(dir)) {
          if (!fs.exists(`${dir}/${entry}`)) continue;
          const real = fs.realpath(`${dir}/${entry}`);
          if (table.has(entry) || table.has(real.slice(real.lastIndexOf('/') + 1))) continue;
          const node = fs.stat(`${dir}/${entry}`);
          if (node.type !== 'file' || (node.mode & 0o111) === 0) continue;
          const text = new TextDecoder().decode(node.data);
          if (!text.startsWith('workbook stand-in')) continue;
          // Run it by its full path with an option no program accepts, so servers do not start.
          const r = await exec(fs, [`${dir}/${entry}`, '--workbook-audit']);
          expect(r.out + r.err, `${dir}/${entry}`).not.toContain('stand-in');
          expect(r.err, `${dir}/${entry}`).not.toMatch(/syntax error/);
        }
      }
    });
  }

  it('says in one line that an unimplemented applet is not supported, with exit status 127', async () => {
    const alpine = catalogImages().find(([n]) => n === 'library/alpine:3')![1]();
    expect(await exec(alpine, ['nmeter'])).toEqual({ out: '', err: 'nmeter: not supported in the workbook\n', code: 127 });
    expect(await exec(alpine, ['/usr/sbin/brctl', 'show'])).toEqual({ out: '', err: 'brctl: not supported in the workbook\n', code: 127 });
  });
});
