// Test machines built from a bare filesystem and a container's program table: a container finds a
// program only where its file is (src/shell/lookup.ts), so these get the files an image with every
// program of the table (and its shells) would have.
import type { Vfs } from '../../src/vfs/vfs.ts';

/** Writes an executable binary stand-in at /usr/bin/NAME for each name, and /bin/sh, ash, bash, dash, unless /bin or /usr/bin has one. */
export function installProgramFiles(fs: Vfs, names: Iterable<string>): void {
  fs.mkdir('/usr/bin', { recursive: true });
  fs.mkdir('/bin', { recursive: true });
  const elf = new Uint8Array([0x7f, 0x45, 0x4c, 0x46]);
  const absent = (name: string) => !fs.lexists(`/bin/${name}`) && !fs.lexists(`/usr/bin/${name}`);
  for (const name of names) if (absent(name)) fs.writeFile(`/usr/bin/${name}`, elf, { mode: 0o755 });
  for (const shell of ['sh', 'ash', 'bash', 'dash']) if (absent(shell)) fs.writeFile(`/bin/${shell}`, elf, { mode: 0o755 });
}
