// Every executable in every seeded image either runs as a program, runs as a shell script, or says in
// one line that the workbook does not support it: never a syntax error from its stand-in text.
import { describe, expect, it } from 'vitest';
import { isBusybox } from '../../../src/session/runtime.ts';
import { BIN_DIRS, catalogImages, exec } from './images.ts';
import { busyboxPrograms, coreutilsPrograms } from '../../../src/shell/programs/index.ts';
import { containerRegistryHandler } from '../../../src/engine/registry/container-registry.ts';
import type { Vfs } from '../../../src/vfs/vfs.ts';

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

// What a program must never print: its stand-in text, a shell's complaint about it, or our internals.
const LEAKS = /stand-in|syntax error|\[object |internal error|TypeError|is not a function|Cannot read prop|undefined/;
// Interpreters load their runtime chunk (their own tests cover them); servers would start and listen.
const NOT_SWEPT = /^(python[0-9.]*|pip[0-9.]*|node|nodejs|npm|npx|corepack|yarn|idle3?|pydoc3?|2to3|python3-config|redis-server|postgres|docker-entrypoint\.sh|docker-ensure-initdb\.sh|docker-enforce-initdb\.sh)$/;

describe('every program on every image’s PATH, run with --help', () => {
  // One run per program name and userland (the first image that has it): the behaviour is the table's.
  const firstImage = new Map<string, { image: string; dir: string; rootfs: () => Vfs }>();
  for (const [image, rootfs] of catalogImages()) {
    const fs = rootfs();
    const family = isBusybox(fs) ? 'busybox' : 'gnu';
    for (const dir of BIN_DIRS) {
      if (!fs.exists(dir)) continue;
      for (const entry of fs.readdir(dir)) {
        const path = `${dir}/${entry}`;
        if (NOT_SWEPT.test(entry) || firstImage.has(`${family} ${entry}`) || !fs.exists(path)) continue;
        const node = fs.stat(path);
        if (node.type === 'file' && node.mode & 0o111) firstImage.set(`${family} ${entry}`, { image, dir, rootfs });
      }
    }
  }
  for (const family of ['busybox', 'gnu']) {
    it(`${family}: each behaves as a program or says it is not supported (exit 127), never leaks or goes missing`, async () => {
      const filesystems = new Map<string, Vfs>();
      for (const [key, { image, rootfs }] of firstImage) {
        if (!key.startsWith(`${family} `)) continue;
        const name = key.slice(family.length + 1);
        if (!filesystems.has(image)) filesystems.set(image, rootfs());
        const r = await exec(filesystems.get(image)!, [name, '--help']);
        const seen = `${image} ${name}: ${JSON.stringify(r)}`;
        expect(r.out.slice(0, 4000) + r.err, seen).not.toMatch(LEAKS);
        // 127 is never "not found" for a file that is there: the program (or one a script runs) is unsupported.
        if (r.code === 127) expect(r.err, seen).toMatch(/(^|\n)[\w.+-]+: not supported in the workbook\n$/);
      }
    }, 120_000);
  }
});
