// Builds a host-like shell over a fresh vfs and records what it prints.
import { Shell } from '../../src/shell/shell.ts';
import { Vfs } from '../../src/vfs/vfs.ts';
import { hostPrograms, busyboxPrograms } from '../../src/shell/programs/index.ts';
import { containerRegistryHandler } from '../../src/engine/registry/container-registry.ts';
import { installProgramFiles } from '../support/program-files.ts';

export function makeShell(dialect: 'bash' | 'ash' = 'bash') {
  const fs = Vfs.empty({ clock: () => Date.UTC(2026, 10, 22, 4, 56) });
  fs.mkdir('/home/learner/workspace', { recursive: true });
  const home = dialect === 'bash' ? '/home/learner' : '/root';
  if (dialect === 'ash') fs.mkdir('/root');
  const programs = dialect === 'bash' ? hostPrograms() : busyboxPrograms({ registryHandler: containerRegistryHandler });
  if (dialect === 'ash') installProgramFiles(fs, programs.keys());
  const sh = new Shell({
    fs,
    programs,
    env: new Map([['HOME', home], ['PATH', '/usr/local/bin:/usr/bin:/bin']]),
    cwd: dialect === 'bash' ? '/home/learner/workspace' : '/',
    dialect,
    user: dialect === 'bash' ? 'learner' : 'root',
    promptStyle: dialect === 'bash' ? 'host' : 'container',
    hostname: 'workbook',
  });
  let out = '';
  let err = '';
  const io = { stdout: { write: (t: string) => void (out += t) }, stderr: { write: (t: string) => void (err += t) }, signal: new AbortController().signal };
  return {
    sh,
    fs,
    io,
    /** Feeds lines; returns stdout, stderr and the last result. */
    async type(...lines: string[]) {
      out = '';
      err = '';
      let r;
      for (const l of lines) r = await sh.feed(l, io);
      return { out, err, r: r! };
    },
    /** A transcript as a terminal shows it (stderr interleaved as it arrives). */
    async transcript(lines: string[]) {
      let t = '';
      const tio = { stdout: { write: (x: string) => void (t += x) }, stderr: { write: (x: string) => void (t += x) }, signal: io.signal };
      let pending = false;
      for (const l of lines) {
        t += (pending ? sh.continuationPrompt() : sh.prompt()) + l + '\n';
        const r = await sh.feed(l, tio);
        pending = r.kind === 'incomplete';
      }
      return t;
    },
  };
}
