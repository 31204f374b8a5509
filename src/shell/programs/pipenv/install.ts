// pipenv install / sync / lock, following pipenv 2024.4's routines: ensure_project (the environment, the
// Python version check, the Pipfile), do_init (the lock: --deploy refuses an out-of-date one), new
// packages added to the Pipfile, then every locked package installed without its dependencies into the
// environment or, with --system, into the system's site-packages.
import type { ProgramContext } from '../../../kernel/process.ts';
import { packageIndex } from '../../packages/loader.ts';
import { installWheel, installedVersion, type PythonPrefix } from '../../packages/python-install.ts';
import { pythonPrefix } from '../pip.ts';
import type { PipenvOutput } from './console.ts';
import { canonical, lockFor, lockSection, lockText, resolveCategory, type Lockfile } from './lockfile.ts';
import { newPipfile, parsePipfile, pipfileHash, withPackage, type Pipfile } from './pipfile.ts';
import { findProject, type Project } from './project.ts';
import { createVirtualenv, venvExists, venvPrefix } from './venv.ts';

/** The options install and sync take. */
export interface InstallOptions {
  packages: string[];
  dev: boolean;
  system: boolean;
  deploy: boolean;
  ignorePipfile: boolean;
  /** `-r FILE`: requirements imported into the Pipfile (after the lock is handled, as pipenv does). */
  requirements?: string;
}

/** A failure that ends the command: what pipenv prints last, and its exit status. */
export class PipenvExit extends Error {
  constructor(
    readonly status: number,
    readonly lines: string[] = [],
  ) {
    super(lines.join('\n'));
  }
}

/** One command's project, output and the helpers the routines share. */
class Run {
  readonly project: Project;
  constructor(
    readonly ctx: ProgramContext,
    readonly out: PipenvOutput,
  ) {
    this.project = findProject(ctx);
  }

  exists(path: string): boolean {
    return this.ctx.fs.exists(path) && this.ctx.fs.stat(path).type === 'file';
  }

  pipfile(): Pipfile {
    const parsed = parsePipfile(this.ctx.fs.readText(this.project.pipfile));
    if ('error' in parsed && typeof parsed.error === 'string') throw new PipenvExit(1, [`ERROR: ${this.project.pipfile} is not valid TOML: ${parsed.error}`]);
    return parsed;
  }

  lock(): Lockfile | undefined {
    try {
      return JSON.parse(this.ctx.fs.readText(this.project.lockfile)) as Lockfile;
    } catch {
      return undefined;
    }
  }

  /** pipenv's ensure_project: the environment unless --system, the Python check, the Pipfile. */
  ensureProject(system: boolean, deploy: boolean): void {
    const { ctx, out, project } = this;
    if (!this.exists(project.pipfile) && deploy) throw fileNotFound('Pipfile', 'Aborting! Please ensure that the file exists and is located in your project root directory.');
    if (!system && !venvExists(ctx, project)) createVirtualenv(ctx, project, out);
    if (this.exists(project.pipfile)) {
      const required = (this.pipfile().requires as Record<string, unknown> | undefined)?.python_version;
      const python = system ? project.python.path : `${project.venv}/bin/python`;
      if (typeof required === 'string' && !project.python.version.includes(required)) {
        out.echoErr(`Warning: Your Pipfile requires python_version ${required}, but you are using ${project.python.version} (${shorten(python)}).`);
        out.echoErr('  $ pipenv --rm and rebuilding the virtual environment may resolve the issue.');
        if (deploy) throw new PipenvExit(2, ['ERROR: Aborting deploy']);
        out.echoErr('  $ pipenv check will surely fail.');
      }
    }
    this.ensurePipfile();
  }

  ensurePipfile(): void {
    const { ctx, out, project } = this;
    if (this.exists(project.pipfile)) return;
    const requirements = `${project.dir === '/' ? '' : project.dir}/requirements.txt`;
    if (this.exists(requirements)) {
      out.out(`requirements.txt found in ${project.dir} instead of Pipfile! Converting...`);
      let text = newPipfile(project.python.minor);
      for (const line of ctx.fs.readText(requirements).split('\n')) {
        const m = /^\s*([A-Za-z0-9][A-Za-z0-9._-]*)\s*(\[[^\]]*\])?\s*([^#;]*)/.exec(line.replace(/#.*/, ''));
        if (m) text = withPackage(text, 'packages', m[1], m[3].trim() || '*');
      }
      ctx.fs.writeFile(project.pipfile, text);
      out.out('✔ Success!');
      out.out('Warning: Your Pipfile now contains pinned versions, if your requirements.txt did. \nWe recommend updating your Pipfile to specify the "*" version, instead.');
      return;
    }
    out.err('Creating a Pipfile for this project...');
    ctx.fs.writeFile(project.pipfile, newPipfile(project.python.minor));
  }

  /** pipenv's do_lock: every category resolved and Pipfile.lock written. */
  doLock(): void {
    const { ctx, out, project } = this;
    const pipfile = this.pipfile();
    const result = lockFor(pipfile);
    for (const [category, table] of [['packages', pipfile.packages], ['dev-packages', pipfile['dev-packages']]] as const) {
      out.echoErr(`Locking [${category}] dependencies...`);
      const packages = table && typeof table === 'object' && !Array.isArray(table) ? (table as Record<string, unknown>) : {};
      if (!Object.keys(packages).length) continue;
      out.out('Building requirements...');
      out.out('Resolving dependencies...');
      const resolved = resolveCategory(packages);
      if ('failed' in resolved) {
        const { requirement, versions: found } = resolved.failed;
        const versions = found.length ? found.join(', ') : 'none';
        out.out('✘ Locking Failed!');
        out.err(`CRITICAL:pipenv.patched.pip._internal.resolution.resolvelib.factory:Could not find a version that satisfies the requirement ${requirement} (from versions: ${versions})`);
        out.err(`[ResolutionFailure]: pipenv.exceptions.ResolutionFailure: ERROR: No matching distribution found for ${requirement}`);
        throw new PipenvExit(1, [
          'Your dependencies could not be resolved. You likely have a mismatch in your sub-dependencies.',
          'You can use $ pipenv run pip install <requirement_name> to bypass this mechanism, then run $ pipenv graph to inspect the versions actually installed in the virtualenv.',
          'Hint: try $ pipenv lock --pre if it is a pre-release dependency.',
          'ERROR: Failed to lock Pipfile.lock!',
        ]);
      }
      out.out('✔ Success!');
    }
    if ('failed' in result) throw new PipenvExit(1, [`ERROR: No matching distribution found for ${result.failed.requirement}`]);
    ctx.fs.writeFile(project.lockfile, lockText(result.lock));
    out.echoErr(`Updated Pipfile.lock (${result.lock._meta.hash.sha256})!`);
  }

  /** pipenv's handle_lockfile inside do_init. */
  handleLockfile(opts: InstallOptions): void {
    const { out, project } = this;
    const lock = this.exists(project.lockfile) ? this.lock() : undefined;
    if (this.exists(project.lockfile) && !opts.ignorePipfile && !opts.packages.length) {
      const old = lock?._meta?.hash?.sha256 ?? '';
      const expected = pipfileHash(this.pipfile());
      if (old === expected) return;
      if (opts.deploy) {
        out.out(`Your Pipfile.lock (${old}) is out of date. Expected: (${expected}).`);
        throw new PipenvExit(2, ['ERROR: Aborting deploy']);
      }
      if (opts.system) {
        out.err(`Pipfile.lock (${old}) out of date, but installation uses --system so re-building lockfile must happen in isolation. Please rebuild lockfile in a virtualenv. Continuing anyway...`);
        return;
      }
      out.err(old ? `Pipfile.lock (${old}) out of date: run \`pipenv lock\` to update to (${expected})...` : `Pipfile.lock is corrupt, replaced with (${expected})...`);
      this.doLock();
    } else if (!this.exists(project.lockfile)) {
      if (opts.system) throw new PipenvExit(2, ['ERROR: --system is intended to be used for Pipfile installation, not installation of specific packages. Aborting.', 'See also: --deploy flag.']);
      out.err('Pipfile.lock not found, creating...');
      this.doLock();
    }
  }

  /** pipenv's do_install_dependencies: each category's locked packages, without their dependencies. */
  installDependencies(dev: boolean, system: boolean): void {
    const { ctx, out, project } = this;
    const lock = this.lock();
    if (!lock) throw fileNotFound('Pipfile.lock', 'You need to run $ pipenv lock before you can continue.');
    const prefix: PythonPrefix = system ? pythonPrefix(ctx, project.python.path.slice(project.python.path.lastIndexOf('/') + 1)) : venvPrefix(project);
    const index = packageIndex('pip');
    for (const section of dev ? ['default', 'develop'] : ['default']) {
      out.out(`Installing dependencies from Pipfile.lock (${lock._meta.hash.sha256.slice(-6)})...`);
      const entries = lockSection(lock, section);
      for (const [name, entry] of Object.entries(entries)) {
        const version = String(entry.version ?? '').replace(/^==/, '');
        const p = index.get(name.toLowerCase()) ?? [...index.values()].find((q) => canonical(q.name) === canonical(name));
        if (!p || (version && p.version !== version)) {
          const requirement = version ? `${name}==${version}` : name;
          throw new PipenvExit(1, [
            `ERROR: Could not find a version that satisfies the requirement ${requirement} (from versions: ${p ? p.version : 'none'})`,
            `ERROR: No matching distribution found for ${requirement}`,
            `ERROR: Couldn't install package: ${requirement}`,
            ' Package installation failed...',
          ]);
        }
        if (installedVersion(ctx.fs, prefix.site, p.name) !== p.version) installWheel(ctx.fs, prefix, p);
      }
    }
  }

  /** do_install_validations' import_requirements: each requirement into the Pipfile as written (pins kept), no new lock. */
  importRequirements(file: string, dev: boolean): void {
    const { ctx, out, project } = this;
    out.err('Requirements file provided! Importing into Pipfile...');
    const path = file.startsWith('/') ? file : `${project.dir === '/' ? '' : project.dir}/${file}`;
    if (!this.exists(path)) {
      out.out("Requirements file doesn't appear to exist. Please ensure the file exists in your project directory or you provided the correct path.");
      throw new PipenvExit(1, ['']);
    }
    let text = ctx.fs.readText(project.pipfile);
    for (const line of ctx.fs.readText(path).split('\n')) {
      const m = /^\s*([A-Za-z0-9][A-Za-z0-9._-]*)\s*(?:\[[^\]]*\])?\s*([^#;]*)/.exec(line.replace(/#.*/, ''));
      if (!m || ['distribute', 'pip', 'pkg-resources', 'setuptools', 'wheel'].includes(m[1].toLowerCase())) continue;
      text = withPackage(text, dev ? 'dev-packages' : 'packages', m[1], m[2].replace(/\s+/g, '') || '*');
    }
    ctx.fs.writeFile(project.pipfile, text);
  }

  activateHint(opts: { system: boolean; deploy: boolean }): void {
    if (!opts.system && !opts.deploy && !this.ctx.env.has('PIPENV_ACTIVE'))
      this.out.out("To activate this project's virtualenv, run pipenv shell.\nAlternatively, run a command inside the virtualenv with pipenv run.");
  }
}

/** `pipenv install [--dev] [--system] [--deploy] [--ignore-pipfile] [PACKAGES…]`. */
export function install(ctx: ProgramContext, out: PipenvOutput, opts: InstallOptions): number {
  return guarded(out, () => {
    const run = new Run(ctx, out);
    const system = opts.system || useSystem(ctx);
    run.ensureProject(system, opts.deploy);
    run.handleLockfile({ ...opts, system });
    run.activateHint({ system, deploy: opts.deploy });
    if (opts.requirements !== undefined) run.importRequirements(opts.requirements, opts.dev);
    if (system && opts.packages.length) throw new PipenvExit(2, ['ERROR: See also: {} --deploy flag']);
    if (opts.packages.length && !opts.deploy) {
      const before = ctx.fs.readText(run.project.pipfile);
      let text = before;
      for (const requirement of opts.packages) {
        out.out(`Installing ${requirement}...`);
        const m = /^\s*([A-Za-z0-9][A-Za-z0-9._-]*)\s*(?:\[[^\]]*\])?\s*(.*)$/.exec(requirement);
        if (!m) throw new PipenvExit(1, [`WARNING: Invalid requirement: '${requirement}'`, '✘ Installation Failed']);
        text = withPackage(text, opts.dev ? 'dev-packages' : 'packages', m[1], m[2].trim() || '*');
        out.out('✔ Installation Succeeded');
      }
      ctx.fs.writeFile(run.project.pipfile, text);
      try {
        run.doLock();
      } catch (e) {
        ctx.fs.writeFile(run.project.pipfile, before);
        throw e;
      }
    }
    run.installDependencies(opts.dev, system);
    return 0;
  });
}

/** `pipenv sync [--dev] [--system]`: installs exactly what Pipfile.lock says, never locking. */
export function sync(ctx: ProgramContext, out: PipenvOutput, opts: { dev: boolean; system: boolean }): number {
  return guarded(out, () => {
    const run = new Run(ctx, out);
    if (!run.exists(run.project.lockfile)) throw fileNotFound('Pipfile.lock', 'You need to run $ pipenv lock before you can continue.');
    const system = opts.system || useSystem(ctx);
    run.ensureProject(system, false);
    run.activateHint({ system, deploy: false });
    run.installDependencies(opts.dev, system);
    out.out('All dependencies are now up-to-date!');
    return 0;
  });
}

/** pipenv's ensure_project for commands that only need the environment (run): the project, or the exit status of a failure. */
export function ensureProject(ctx: ProgramContext, out: PipenvOutput, system: boolean): Project | number {
  let project: Project | undefined;
  const status = guarded(out, () => {
    const run = new Run(ctx, out);
    run.ensureProject(system, false);
    project = run.project;
    return 0;
  });
  return project ?? status;
}

/** Whether PIPENV_USE_SYSTEM asks for the system's Python. */
export function useSystem(ctx: ProgramContext): boolean {
  return /^(1|true|yes|on)$/i.test(ctx.env.get('PIPENV_USE_SYSTEM') ?? '');
}

/** `pipenv lock`: resolves the Pipfile and writes Pipfile.lock. */
export function lock(ctx: ProgramContext, out: PipenvOutput): number {
  return guarded(out, () => {
    const run = new Run(ctx, out);
    if (!run.exists(run.project.pipfile)) throw fileNotFound('Pipfile', 'Please ensure that the file exists!');
    run.ensureProject(false, false);
    run.doLock();
    return 0;
  });
}

/** do_lock alone (the project is ensured already): writes Pipfile.lock; returns the exit status. */
export function relock(ctx: ProgramContext, out: PipenvOutput): number {
  return guarded(out, () => {
    new Run(ctx, out).doLock();
    return 0;
  });
}

/** Runs a routine, printing a PipenvExit's lines (folded, on stderr) and returning its status. */
export function guarded(out: PipenvOutput, routine: () => number): number {
  try {
    return routine();
  } catch (e) {
    if (!(e instanceof PipenvExit)) throw e;
    for (const line of e.lines) out.err(line);
    return e.status;
  }
}

function fileNotFound(file: string, hint: string): PipenvExit {
  return new PipenvExit(1, [`ERROR: ${file} not found! ${hint}`]);
}

// pipenv's shorten_path: every directory of the path cut to its first letter.
function shorten(path: string): string {
  const parts = path.split('/');
  return parts.map((p, i) => (i === parts.length - 1 ? p : p.slice(0, 1))).join('/');
}
