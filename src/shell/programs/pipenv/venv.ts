// The project's virtual environment as pipenv creates it (`python -m virtualenv --prompt=NAME
// --python=PYTHON DEST`, virtualenv 20.29): pyvenv.cfg, bin/ with the python links, the activators and
// pip's scripts, and site-packages seeded with pip; then pipenv's own lines around virtualenv's output.
import type { ProgramContext } from '../../../kernel/process.ts';
import { consoleScript } from '../../packages/python-install.ts';
import type { PipenvOutput } from './console.ts';
import type { Project } from './project.ts';

/** The pip virtualenv 20.29 seeds into a new environment. */
const SEED_PIP = '25.0.1';
const ACTIVATORS = ['activate', 'activate.csh', 'activate.fish', 'activate.nu', 'activate.ps1', 'activate_this.py'];

/** Whether the project's environment exists (it has a pyvenv.cfg). */
export function venvExists(ctx: ProgramContext, project: Project): boolean {
  return ctx.fs.exists(`${project.venv}/pyvenv.cfg`);
}

/** Where a project's environment keeps its packages and scripts. */
export function venvPrefix(project: Project) {
  return { site: `${project.venv}/lib/python${project.python.minor}/site-packages`, bin: `${project.venv}/bin`, python: `${project.venv}/bin/python` };
}

/** Creates the environment, printing what pipenv and virtualenv print (pipenv's do_create_virtualenv). */
export function createVirtualenv(ctx: ProgramContext, project: Project, out: PipenvOutput): void {
  const { path: python, version } = project.python;
  out.err('Creating a virtualenv for this project');
  out.err(`Pipfile: ${project.pipfile}`);
  // pipenv 2024.4 prints the version straight after the path, with no space or parentheses.
  out.err(`Using default python from ${python}${version} to create virtualenv...`);
  writeEnvironment(ctx, project);
  const home = ctx.env.get('HOME') || '/root';
  const ms = 100 + (project.venv.length * 37) % 400;
  out.err(
    [
      `created virtual environment CPython${version}.final.0-64 in ${ms}ms`,
      `  creator CPython3Posix(dest=${project.venv}, clear=False, no_vcs_ignore=False, global=False)`,
      `  seeder FromAppData(download=False, pip=bundle, via=copy, app_data_dir=${home}/.local/share/virtualenv)`,
      `    added seed packages: pip==${SEED_PIP}`,
      '  activators BashActivator,CShellActivator,FishActivator,NushellActivator,PowerShellActivator,PythonActivator',
      '',
    ].join('\n'),
  );
  out.err('✔ Successfully created virtual environment!');
  out.echoErr(`Virtualenv location: ${project.venv}`);
}

function writeEnvironment(ctx: ProgramContext, project: Project): void {
  const fs = ctx.fs;
  const { path: python, version, minor } = project.python;
  const venv = project.venv;
  const base = python.replace(/\/bin\/[^/]+$/, '');
  const prompt = project.dir.slice(project.dir.lastIndexOf('/') + 1);
  fs.mkdir(`${venv}/bin`, { recursive: true });
  const site = venvPrefix(project).site;
  fs.mkdir(site, { recursive: true });
  fs.writeFile(
    `${venv}/pyvenv.cfg`,
    `home = ${base}/bin\nimplementation = CPython\nversion_info = ${version}.final.0\nvirtualenv = 20.29.2\ninclude-system-site-packages = false\nbase-prefix = ${base}\nbase-exec-prefix = ${base}\nbase-executable = ${python}\nprompt = ${prompt}\n`,
  );
  fs.writeFile(`${venv}/.gitignore`, '# created by virtualenv automatically\n*\n');
  fs.writeFile(`${venv}/.project`, project.dir);
  const link = (name: string, target: string) => {
    if (!fs.lexists(`${venv}/bin/${name}`)) fs.symlink(target, `${venv}/bin/${name}`);
  };
  link('python', python);
  link('python3', 'python');
  link(`python${minor}`, 'python');
  for (const a of ACTIVATORS) fs.writeFile(`${venv}/bin/${a}`, activator(a, venv, prompt));
  for (const pip of ['pip', 'pip3', `pip-${minor}`, `pip${minor}`]) fs.writeFile(`${venv}/bin/${pip}`, consoleScript(`${venv}/bin/python`, 'pip._internal.cli.main', 'main'), { mode: 0o755 });
  fs.mkdir(`${site}/pip`, { recursive: true });
  fs.writeFile(`${site}/pip/__init__.py`, `__version__ = "${SEED_PIP}"\n`);
  const bulk = fs.lstat(`${site}/pip/__init__.py`);
  if (bulk.type === 'file') bulk.size = 11_900 * 1024;
  fs.mkdir(`${site}/pip-${SEED_PIP}.dist-info`, { recursive: true });
  fs.writeFile(`${site}/pip-${SEED_PIP}.dist-info/METADATA`, `Metadata-Version: 2.1\nName: pip\nVersion: ${SEED_PIP}\nRequires-Python: >=3.8\n`);
  fs.writeFile(`${site}/pip-${SEED_PIP}.dist-info/INSTALLER`, 'pip\n');
  fs.writeFile(`${site}/_virtualenv.pth`, 'import _virtualenv');
  fs.writeFile(`${site}/_virtualenv.py`, '"""Patches that are applied at runtime to the virtual environment."""\n');
}

// bin/activate and its siblings: the variables each sets (the full scripts are longer).
function activator(name: string, venv: string, prompt: string): string {
  if (name === 'activate') return `# This file must be used with "source bin/activate" *from bash*\n# you cannot run it directly\n\nVIRTUAL_ENV='${venv}'\nexport VIRTUAL_ENV\n_OLD_VIRTUAL_PATH="$PATH"\nPATH="$VIRTUAL_ENV/bin:$PATH"\nexport PATH\nVIRTUAL_ENV_PROMPT='${prompt}'\nexport VIRTUAL_ENV_PROMPT\n`;
  if (name === 'activate_this.py') return `"""Activate virtualenv for current interpreter: exec(open(this_file).read(), {'__file__': this_file})."""\n`;
  return `# ${name}: sets VIRTUAL_ENV=${venv} and puts its bin/ first on PATH\n`;
}
