// A process whose binary is for another architecture: the host kernel has no binfmt_misc handler
// (no QEMU), so execve fails with ENOEXEC and runc's init prints `exec <path>: exec format error`
// to the process's stderr and exits 255 (runc 1.2, which docker 28 ships). Containers and RUN
// steps of an image for another platform end this way instead of running.
import type { Vfs } from '../vfs/vfs.ts';
import type { Writer } from '../kernel/process.ts';
import { formatPlatform, runsOnHost } from './model/platform.ts';

/** runc's exit status when the container's init fails after it was started. */
export const RUNC_INIT_FAILED = 255;

/** The image platform (`linux/arm64/v8`) when the host cannot run its binaries; undefined when it can. */
export function foreignPlatform(image: { os: string; architecture: string; variant?: string }): string | undefined {
  return runsOnHost(image) ? undefined : formatPlatform(image);
}

/** Writes runc's exec failure for argv[0] (resolved on PATH as exec.LookPath does) and returns 255. */
export function execFormatError(fs: Vfs, argv0: string, env: readonly string[], stderr: Writer): number {
  stderr.write(`exec ${lookPath(fs, argv0, env)}: exec format error\n`);
  return RUNC_INIT_FAILED;
}

function lookPath(fs: Vfs, argv0: string, env: readonly string[]): string {
  if (argv0.includes('/')) return argv0;
  const path = env.find((e) => e.startsWith('PATH='))?.slice(5) ?? '';
  for (const dir of path.split(':')) {
    const candidate = `${dir || '.'}/${argv0}`;
    try {
      if (fs.stat(candidate).type === 'file') return candidate;
    } catch {
      /* not in this directory */
    }
  }
  return argv0;
}
