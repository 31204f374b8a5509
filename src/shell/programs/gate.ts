// Image binaries are in every container's program table, but exist only where the image (or a package
// install) put their file: a gated program answers "not found" as the shell would when it is absent.
import type { Program } from '../../kernel/process.ts';
import type { Flavour } from './util.ts';

/** Wraps `program` so it runs only when one of `paths` exists in the machine's filesystem. */
export function installedAt(program: Program, paths: string[], flavour: Flavour): Program {
  return (ctx) => {
    if (paths.some((p) => ctx.fs.exists(p))) return program(ctx);
    const name = ctx.argv[0];
    if (name.includes('/')) ctx.stderr.write(flavour === 'busybox' ? `sh: ${name}: not found\n` : `bash: ${name}: No such file or directory\n`);
    else ctx.stderr.write(flavour === 'busybox' ? `sh: ${name}: not found\n` : `bash: ${name}: command not found\n`);
    return 127;
  };
}
