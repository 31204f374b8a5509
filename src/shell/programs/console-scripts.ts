// The console scripts pip writes for packages of the offline index whose entry points the workbook does
// not run (pytest, django-admin, virtualenv …): where pip put one on PATH, running it says so in one
// line instead of the shell reading its Python launcher as a script.
import type { Program } from '../../kernel/process.ts';

/** Script names from the index's entry points that have no program here (pipenv has one; flask and gunicorn run their launchers through Python). */
export const UNSUPPORTED_SCRIPTS = ['normalizer', 'f2py', 'numpy-config', 'sqlformat', 'django-admin', 'py.test', 'pytest', 'virtualenv', 'pipenv-resolver'];

/** A program for script `name`, found only where pip put it (shell/lookup.ts): one line and status 127. */
export function unsupportedScript(name: string): Program {
  return (ctx) => {
    ctx.stderr.write(`${name}: not supported in the workbook\n`);
    return 127;
  };
}
