// noBuildTools — an image ships no toolchain: no compiler or build tool on its PATH, and no build
// package in its package database (apk's /lib/apk/db/installed, dpkg's /var/lib/dpkg/status).
import { z } from 'zod';
import type { Vfs } from '../../vfs/vfs.ts';
import { missing, notYet, pass, type Verdict } from '../context.ts';
import { defineMatcher } from '../matcher.ts';
import { imageFiles, imageRef, noImage, resolveImage } from '../params.ts';

const TOOLS = ['gcc', 'cc', 'g++', 'c++', 'clang', 'make', 'ld', 'as', 'go', 'rustc', 'cargo', 'javac'];
const PACKAGES = ['build-base', 'build-essential', 'gcc', 'g++', 'make', 'binutils', 'musl-dev', 'libc6-dev'];
const PATH_DIRS = ['/usr/local/sbin', '/usr/local/bin', '/usr/sbin', '/usr/bin', '/sbin', '/bin'];

/** Installed package names from apk's and dpkg's databases. */
function installedPackages(fs: Vfs): Set<string> {
  const names = new Set<string>();
  const read = (path: string, key: RegExp) => {
    if (!fs.exists(path)) return;
    for (const m of fs.readText(path).matchAll(key)) names.add(m[1]);
  };
  read('/lib/apk/db/installed', /^P:(\S+)$/gm);
  // dpkg lists removed-but-configured packages too: only "install ok installed" counts.
  if (fs.exists('/var/lib/dpkg/status')) {
    for (const block of fs.readText('/var/lib/dpkg/status').split(/\n\n+/)) {
      const name = /^Package: (\S+)$/m.exec(block)?.[1];
      if (name && /^Status: install ok installed$/m.test(block)) names.add(name);
    }
  }
  return names;
}

/** Passes when none of `tools` is on the PATH and none of `packages` is installed. */
export const noBuildTools = defineMatcher({
  name: 'noBuildTools',
  description: 'An image carries no build toolchain: no compiler or build tool in its PATH directories and no build package in its package database.',
  params: z.strictObject({
    ref: imageRef('The image that must ship without a toolchain'),
    tools: z.array(z.string().min(1)).default(TOOLS).describe(`Program names that must not be on the PATH (default: ${TOOLS.join(', ')}).`),
    packages: z.array(z.string().min(1)).default(PACKAGES).describe(`Package names that must not be installed (default: ${PACKAGES.join(', ')}).`),
  }),
  example: { ref: 'report:v3' },
  check({ ref, tools, packages }, ctx): Verdict {
    const id = resolveImage(ctx.engine, ref);
    if (!id) return missing(noImage(ref));
    const fs = imageFiles(ctx.engine, id);
    for (const tool of tools) {
      const dir = PATH_DIRS.find((d) => fs.exists(`${d}/${tool}`));
      if (dir) return notYet(`${ref} still has ${dir}/${tool}: the toolchain came along into the final image.`);
    }
    const installed = installedPackages(fs);
    const pkg = packages.find((p) => installed.has(p));
    return pkg ? notYet(`${ref} still has the package ${pkg} installed.`) : pass;
  },
});
