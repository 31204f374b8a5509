// dockerfileChecksPass — a workspace Dockerfile passes the build checks (`docker build --check`).
import { z } from 'zod';
import { formatLintWarning, lintDockerfile } from '../../engine/index.ts';
import { missing, notYet, pass } from '../context.ts';
import { defineMatcher } from '../matcher.ts';

/** Passes when the Dockerfile parses and no build check warns (its `# check=` directive is honoured). */
export const dockerfileChecksPass = defineMatcher({
  name: 'dockerfileChecksPass',
  description: 'A Dockerfile in the workspace parses and passes the build checks that docker build --check runs.',
  params: z.strictObject({
    path: z.string().min(1).default('Dockerfile').describe('The Dockerfile, relative to the workspace (default "Dockerfile").'),
  }),
  example: { path: 'Dockerfile' },
  check({ path }, { host }) {
    const full = path.startsWith('/') ? path : `${host.home}/${path}`;
    const shown = path.startsWith('/') ? path : `~/${path}`;
    if (!host.fs.exists(full) || host.fs.stat(full).type !== 'file') return missing(`There is no file ${shown} yet.`);
    let warnings;
    try {
      warnings = lintDockerfile(host.fs.readText(full), { mode: 'check' }); // as `docker build --check`: every stage
    } catch (error) {
      return notYet(`${shown} does not parse yet: ${(error as Error).message}`);
    }
    if (warnings.length === 0) return pass;
    const more = warnings.length > 1 ? ` (and ${warnings.length - 1} more)` : '';
    return notYet(`The build checks still warn about ${shown}: ${formatLintWarning(warnings[0])}${more}.`);
  },
});
