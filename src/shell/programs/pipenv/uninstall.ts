// `pipenv uninstall PACKAGE… | --all-dev | --all` as pipenv 2024.4.1's do_uninstall does it: each package
// leaves the Pipfile ("Removed flask from Pipfile."), what is left of its category is resolved again and the
// lock loses the dependencies nobody needs any more, then the named packages (not their dependencies) are
// uninstalled from the environment by its pip, whose output pipenv echoes. --all-dev empties
// [dev-packages]; --all uninstalls everything and empties the lock but leaves the Pipfile alone.
import type { ProgramContext } from '../../../kernel/process.ts';
import { installedDists, uninstallDist } from '../../packages/python-install.ts';
import type { PipenvOutput } from './console.ts';
import { canonical, lockFor, lockText, resolveCategory, type Lockfile } from './lockfile.ts';
import { categories, parsePipfile, pipfileHash, withoutPackage, withoutSection, type Pipfile } from './pipfile.ts';
import { findProject, type Project } from './project.ts';
import { venvExists, venvPrefix } from './venv.ts';

/** What `pipenv uninstall` was asked to do. */
export interface UninstallOptions {
  packages: string[];
  /** Pipfile categories (`packages`, `dev-packages`, or others); [`packages`] when none is named. */
  categories: string[];
  all: boolean;
  allDev: boolean;
}

const BAD_PACKAGES = new Set(['distribute', 'pip', 'pkg-resources', 'setuptools', 'wheel']);
const SECTION: Record<string, string> = { packages: 'default', 'dev-packages': 'develop', default: 'default', develop: 'develop' };
const PIPFILE_CATEGORY: Record<string, string> = { default: 'packages', develop: 'dev-packages' };

/** Runs pipenv uninstall; returns its exit status. */
export function uninstall(ctx: ProgramContext, out: PipenvOutput, opts: UninstallOptions): number {
  if (!opts.packages.length && !opts.all && !opts.allDev) {
    // PipenvUsageError: the usage, its own help hint (double quotes) and the message.
    ctx.stderr.write('Usage: pipenv uninstall [OPTIONS] [PACKAGES]...\nTry "pipenv uninstall -h" for help.\n\nERROR: No package provided!\n');
    return 2;
  }
  const project = findProject(ctx);
  const readPipfile = (): Pipfile => {
    try {
      const parsed = parsePipfile(ctx.fs.readText(project.pipfile));
      return 'error' in parsed && typeof parsed.error === 'string' ? {} : parsed;
    } catch {
      return {};
    }
  };
  const lock = readLock(ctx, project, readPipfile());
  const writeLock = () => {
    lock._meta = { ...lock._meta, hash: { sha256: pipfileHash(readPipfile()) } };
    ctx.fs.writeFile(project.lockfile, lockText(lock));
  };
  if (opts.allDev) {
    out.echo('Un-installing all [dev-packages]...');
    const dev = categories(readPipfile()).find(([s]) => s === 'develop')?.[1] ?? {};
    for (const name of Object.keys(dev)) fromEnvironment(ctx, out, project, name);
    const text = ctx.fs.exists(project.pipfile) ? withoutSection(ctx.fs.readText(project.pipfile), 'dev-packages') : undefined;
    if (text !== undefined) {
      ctx.fs.writeFile(project.pipfile, text);
      out.echo('Removed [dev-packages] from Pipfile.');
    }
    lock.develop = {};
    writeLock();
  }
  if (opts.all) {
    out.echo('Un-installing all packages...');
    for (const [, table] of categories(readPipfile())) for (const name of Object.keys(table)) fromEnvironment(ctx, out, project, name);
    for (const key of Object.keys(lock)) if (key !== '_meta') lock[key] = {};
    writeLock();
    purge(ctx, out, project);
    return 0;
  }
  for (const category of opts.categories.length ? opts.categories : ['packages']) {
    const section = SECTION[category] ?? category;
    const pipfileCategory = PIPFILE_CATEGORY[section] ?? section;
    for (const name of opts.packages) {
      const text = ctx.fs.exists(project.pipfile) ? withoutPackage(ctx.fs.readText(project.pipfile), pipfileCategory, name) : undefined;
      if (text !== undefined) {
        ctx.fs.writeFile(project.pipfile, text);
        out.echo(`Removed ${canonical(name)} from Pipfile.`);
      }
      const left = categories(readPipfile()).find(([s]) => s === section)?.[1] ?? {};
      const needed = new Set<string>();
      if (Object.keys(left).length) {
        // venv_resolve_deps: the resolver's lines, as `pipenv lock` prints them.
        out.out('Building requirements...');
        out.out('Resolving dependencies...');
        const resolved = resolveCategory(left);
        if ('entries' in resolved) for (const key of Object.keys(resolved.entries)) needed.add(key);
        out.out('✔ Success!');
      }
      const table = lock[section];
      if (table && typeof table === 'object') for (const key of Object.keys(table)) if (!needed.has(key)) delete (table as Record<string, unknown>)[key];
    }
  }
  writeLock();
  for (const name of opts.packages) fromEnvironment(ctx, out, project, name);
  return 0;
}

// The lock as it is, or (without one) the lock the Pipfile would have, its categories empty.
function readLock(ctx: ProgramContext, project: Project, pipfile: Pipfile): Lockfile {
  try {
    return JSON.parse(ctx.fs.readText(project.lockfile)) as Lockfile;
  } catch {
    const fresh = lockFor(pipfile);
    const meta = 'lock' in fresh ? fresh.lock._meta : { hash: { sha256: pipfileHash(pipfile) }, 'pipfile-spec': 6, requires: {}, sources: [] };
    return { _meta: meta, default: {}, develop: {} };
  }
}

// _uninstall_from_environment: "Uninstalling NAME..." and what the environment's `pip uninstall NAME -y` printed.
function fromEnvironment(ctx: ProgramContext, out: PipenvOutput, project: Project, name: string): void {
  if (!venvExists(ctx, project)) return;
  out.out(`Uninstalling ${name}...`);
  const site = venvPrefix(project).site;
  const dist = installedDists(ctx.fs, site).find((d) => canonical(d.name) === canonical(name));
  if (!dist) {
    out.echo('');
    return;
  }
  uninstallDist(ctx.fs, site, dist);
  out.echo(`Found existing installation: ${dist.name} ${dist.version}\nUninstalling ${dist.name}-${dist.version}:\n  Successfully uninstalled ${dist.name}-${dist.version}\n`);
}

// do_purge: every installed package but pip and its like, in one pip uninstall.
function purge(ctx: ProgramContext, out: PipenvOutput, project: Project): void {
  if (!venvExists(ctx, project)) return;
  const site = venvPrefix(project).site;
  const dists = installedDists(ctx.fs, site).filter((d) => !BAD_PACKAGES.has(canonical(d.name)));
  if (!dists.length) {
    out.echo('Found 0 installed package, skip purging.');
    out.echo('Environment now purged and fresh!');
    return;
  }
  out.echo(`Found ${dists.length} installed package(s), purging...`);
  const lines: string[] = [];
  for (const dist of dists) {
    uninstallDist(ctx.fs, site, dist);
    lines.push(`Found existing installation: ${dist.name} ${dist.version}`, `Uninstalling ${dist.name}-${dist.version}:`, `  Successfully uninstalled ${dist.name}-${dist.version}`);
  }
  out.echo(`${lines.join('\n')}\n`);
  out.echo('Environment now purged and fresh!');
}
