// Every executable in every seeded image either runs as a program, runs as a shell script, or says in
// one line that the workbook does not support it: never a syntax error from its stand-in text.
import { describe, expect, it } from 'vitest';
import { isBusybox } from '../../../src/session/runtime.ts';
import { BIN_DIRS, catalogImages, exec } from './images.ts';
import { busyboxPrograms, coreutilsPrograms } from '../../../src/shell/programs/index.ts';
import { containerRegistryHandler } from '../../../src/engine/registry/container-registry.ts';

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
