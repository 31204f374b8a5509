// The console scripts pip writes for packages of the offline index whose entry points the workbook does
// not run (pytest, django-admin, virtualenv …): where pip put one on PATH, running it says so in one
// line instead of the shell reading its Python launcher as a script; elsewhere it is not found.
import type { Program } from '../../kernel/process.ts';
import type { Flavour } from './util.ts';

/** Script names from the index's entry points that have no program here (pipenv has one; flask and gunicorn run their launchers through Python). */
export const UNSUPPORTED_SCRIPTS = ['normalizer', 'f2py', 'numpy-config', 'sqlformat', 'django-admin', 'py.test', 'pytest', 'virtualenv', 'pipenv-resolver'];

/** A program for script `name`: one line and status 127 where the script exists (by path or on PATH), the shell's "not found" elsewhere. */
export function unsupportedScript(name: string, flavour: Flavour): Program {
  return (ctx) => {
    const invoked = ctx.argv[0];
    const onPath = (ctx.env.get('PATH') ?? '').split(':').some((dir) => dir && ctx.fs.exists(`${dir}/${name}`));
    if (invoked.includes('/') || onPath) {
      ctx.stderr.write(`${name}: not supported in the workbook\n`);
      return 127;
    }
    ctx.stderr.write(flavour === 'busybox' ? `sh: ${name}: not found\n` : `bash: ${name}: command not found\n`);
    return 127;
  };
}
