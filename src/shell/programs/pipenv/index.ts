// `pipenv` (2024.4.1, installed by `pip install pipenv`): --version, --venv, --py, --where, --rm, install,
// sync, lock, run, requirements, uninstall, update, upgrade, graph, clean, verify and scripts over the
// offline PyPI index. Commands
// the workbook does not build say so in one line; unknown options get click's usage error.
import type { Program, ProgramContext } from '../../../kernel/process.ts';
import { pipenvOutput, type PipenvOutput } from './console.ts';
import { install, lock, sync } from './install.ts';
import { findProject } from './project.ts';
import { runCommand } from './run.ts';
import { requirements } from './requirements.ts';
import { venvExists } from './venv.ts';
import { HELP } from './help.ts';
import { uninstall } from './uninstall.ts';
import { graph } from './graph.ts';
import { scripts, verify } from './verify.ts';
import { clean } from './clean.ts';
import { update, upgrade } from './update.ts';

/** The version `pipenv --version` reports. */
export const PIPENV_VERSION = '2024.4.1';

const UNSUPPORTED = new Set(['shell', 'check', 'open', 'audit', 'scan']);

/** Each command's flags (click options without a value) and what it calls them. */
const FLAGS: Record<string, string[]> = {
  install: ['--dev', '-d', '--system', '--deploy', '--ignore-pipfile', '--skip-lock', '--pre', '-v', '--verbose', '-q', '--quiet', '--clear', '--site-packages', '--no-site-packages'],
  sync: ['--dev', '-d', '--system', '--bare', '--pre', '-v', '--verbose', '-q', '--quiet', '--clear'],
  lock: ['--dev', '-d', '--dev-only', '--pre', '-v', '--verbose', '-q', '--quiet', '--clear'],
  requirements: ['--dev', '--dev-only', '--hash', '--exclude-markers', '--from-pipfile'],
  uninstall: ['--all', '--all-dev', '--skip-lock', '--pre', '-v', '--verbose', '-q', '--quiet', '--clear', '--system', '-d', '--dev'],
  graph: ['--bare', '--json', '--json-tree'],
  verify: [],
  clean: ['--bare', '--dry-run', '-v', '--verbose'],
  update: ['--dev', '-d', '--bare', '--pre', '-v', '--verbose', '-q', '--quiet', '--clear', '--lock-only'],
  upgrade: ['--dev', '-d', '--pre', '-v', '--verbose', '-q', '--quiet', '--clear', '--lock-only'],
  scripts: ['-v', '--verbose', '-q', '--quiet'],
};

/** Options that take a value (click's `--name VALUE` or `--name=VALUE`). */
const VALUE_OPTIONS = ['--python', '-r', '--requirements', '-i', '--index', '--categories', '--extra-pip-args', '--pypi-mirror'];

// `--python 3.12`, `--python 3.12.9` or `--python /usr/local/bin/python3.12` name the image's interpreter.
function sameVersion(version: string, wanted: string): boolean {
  const asked = wanted.replace(/^.*\/python/, '').replace(/^python/, '');
  return asked === '' || asked === '3' || version === asked || version.startsWith(`${asked}.`);
}

/** Makes the pipenv program. */
export function makePipenv(): Program {
  return (ctx) => {
    const out = pipenvOutput(ctx);
    const args = ctx.argv.slice(1);
    const command = args.find((a) => !a.startsWith('-'));
    if (!command) return topLevel(ctx, out, args);
    const rest = args.slice(args.indexOf(command) + 1);
    if (command === 'run') return runCommand(ctx, out, rest);
    if (UNSUPPORTED.has(command)) {
      ctx.stderr.write(`pipenv ${command}: not supported in the workbook\n`);
      return 127;
    }
    const flags = FLAGS[command];
    if (!flags) return usageError(ctx, 'pipenv [OPTIONS] COMMAND [ARGS]...', 'pipenv -h', `No such command '${command}'.`);
    const usage = command === 'install' || command === 'uninstall' ? `pipenv ${command} [OPTIONS] [PACKAGES]...` : `pipenv ${command} [OPTIONS]`;
    if (rest.includes('-h') || rest.includes('--help')) {
      ctx.stdout.write(`Usage: ${usage}\n`);
      return 0;
    }
    // Options that take a value: --python names the image's own Python (anything else is not here), the rest are not built.
    const operands: string[] = [];
    const categories: string[] = [];
    let requirementsFile: string | undefined;
    for (let i = 0; i < rest.length; i++) {
      const [name, inline] = rest[i].startsWith('--') ? rest[i].split(/=(.*)/s) : [rest[i], undefined];
      if (!VALUE_OPTIONS.includes(name)) {
        if (rest[i].startsWith('-') && !flags.includes(rest[i])) return usageError(ctx, usage, `pipenv ${command} -h`, `No such option: ${rest[i]}`);
        if (!rest[i].startsWith('-')) operands.push(rest[i]);
        continue;
      }
      const value = inline ?? rest[++i];
      if (value === undefined) return usageError(ctx, usage, `pipenv ${command} -h`, `Option '${name}' requires an argument.`);
      if (name === '--python' && sameVersion(findProject(ctx).python.version, value)) continue;
      if (command === 'install' && (name === '-r' || name === '--requirements')) {
        requirementsFile = value;
        continue;
      }
      // --categories: install into [packages] or [dev-packages] (one of them; other groups are not built); uninstall takes any.
      if (name === '--categories' && (command === 'uninstall' || (command === 'install' && ['packages', 'dev-packages'].includes(value.trim())))) {
        categories.push(...value.split(/[\s,]+/).filter(Boolean));
        continue;
      }
      ctx.stderr.write(`pipenv ${command} ${name}: not supported in the workbook\n`);
      return 127;
    }
    const has = (...names: string[]) => names.some((n) => rest.includes(n));
    const packages = operands;
    if ((command === 'update' || command === 'upgrade') && packages.length) {
      // Upgrading named packages (pins, reverse dependencies) is not built; the whole lock is.
      ctx.stderr.write(`pipenv ${command} PACKAGES: not supported in the workbook\n`);
      return 127;
    }
    if (command === 'update') return update(ctx, out, { dev: has('--dev', '-d') });
    if (command === 'upgrade') return upgrade(ctx, out, { dev: has('--dev', '-d') });
    if (command === 'uninstall') return uninstall(ctx, out, { packages, categories, all: has('--all'), allDev: has('--all-dev') });
    if (command !== 'install' && packages.length) return usageError(ctx, usage, `pipenv ${command} -h`, `Got unexpected extra argument${packages.length > 1 ? 's' : ''} (${packages.join(' ')})`);
    if (command === 'install') {
      const dev = has('--dev', '-d') || categories.includes('dev-packages');
      return install(ctx, out, { packages, dev, system: has('--system'), deploy: has('--deploy'), ignorePipfile: has('--ignore-pipfile'), requirements: requirementsFile });
    }
    if (command === 'sync') return sync(ctx, out, { dev: has('--dev', '-d'), system: has('--system') });
    if (command === 'lock') return lock(ctx, out);
    if (command === 'graph') return graph(ctx, out, { bare: has('--bare'), json: has('--json'), jsonTree: has('--json-tree') });
    if (command === 'verify') return verify(ctx, out);
    if (command === 'clean') return clean(ctx, out, { dryRun: has('--dry-run') });
    if (command === 'scripts') return scripts(ctx, out);
    return requirements(ctx, out, { dev: has('--dev'), devOnly: has('--dev-only'), hashes: has('--hash'), markers: !has('--exclude-markers') });
  };
}

// pipenv with options only: --version, --venv, --py, --where, --rm, --help (and the help with nothing).
function topLevel(ctx: ProgramContext, out: PipenvOutput, args: string[]): number {
  const known = ['--version', '--venv', '--py', '--where', '--rm', '-h', '--help', '--bare'];
  const unknown = args.find((a) => !known.includes(a));
  if (unknown) {
    if (['--envs', '--man', '--support', '--clear', '--python', '--site-packages', '--pypi-mirror'].includes(unknown)) {
      ctx.stderr.write(`pipenv ${unknown}: not supported in the workbook\n`);
      return 127;
    }
    return usageError(ctx, 'pipenv [OPTIONS] COMMAND [ARGS]...', 'pipenv -h', `No such option: ${unknown}`);
  }
  if (args.includes('--version')) {
    ctx.stdout.write(`pipenv, version ${PIPENV_VERSION}\n`);
    return 0;
  }
  if (!args.some((a) => a !== '--bare') || args.includes('-h') || args.includes('--help')) {
    ctx.stdout.write(HELP);
    return 0;
  }
  const project = findProject(ctx);
  const aborted = (line: string) => {
    out.err(line);
    ctx.stderr.write('Aborted!\n');
    return 1;
  };
  if (args.includes('--where')) {
    if (!ctx.fs.exists(project.pipfile)) {
      out.err('No Pipfile present at project home. Consider running `pipenv install` first to automatically generate a Pipfile for you.');
      return 0;
    }
    out.echo(project.dir);
    return 0;
  }
  if (args.includes('--venv')) {
    if (!venvExists(ctx, project)) return aborted(`No virtualenv has been created for this project${project.dir} yet!`);
    out.echo(project.venv);
    return 0;
  }
  if (args.includes('--py')) {
    if (!venvExists(ctx, project)) return aborted(`No virtualenv has been created for this project ${project.dir}  yet!`);
    out.echo(`${project.venv}/bin/python`);
    return 0;
  }
  if (!venvExists(ctx, project)) return aborted('No virtualenv has been created for this project yet!');
  out.out(`Removing virtualenv (${project.venv})...`);
  ctx.fs.rm(project.venv, { recursive: true, force: true });
  return 0;
}

// click's UsageError: the usage line, the help hint, a blank line and the error; status 2.
function usageError(ctx: ProgramContext, usage: string, help: string, message: string): number {
  ctx.stderr.write(`Usage: ${usage}\nTry '${help}' for help.\n\nError: ${message}\n`);
  return 2;
}
