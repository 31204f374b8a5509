// `pipenv clean [--dry-run]` as pipenv 2024.4.1's do_clean: the project ensured, the lock brought up to date
// (ensure_lockfile), then every package installed in the environment that Pipfile.lock does not name
// (pip and its like aside) is uninstalled — or, with --dry-run, only listed.
import type { ProgramContext } from '../../../kernel/process.ts';
import { installedDists, uninstallDist } from '../../packages/python-install.ts';
import type { PipenvOutput } from './console.ts';
import { ensureProject, relock } from './install.ts';
import { canonical, lockSection, type Lockfile } from './lockfile.ts';
import { parsePipfile, pipfileHash, type Pipfile } from './pipfile.ts';
import { venvPrefix } from './venv.ts';

const BAD_PACKAGES = new Set(['distribute', 'pip', 'pkg-resources', 'setuptools', 'wheel']);

/** Runs pipenv clean; returns its exit status. */
export function clean(ctx: ProgramContext, out: PipenvOutput, opts: { dryRun: boolean }): number {
  const project = ensureProject(ctx, out, false);
  if (typeof project === 'number') return project;
  const readLock = (): Lockfile | undefined => {
    try {
      return JSON.parse(ctx.fs.readText(project.lockfile)) as Lockfile;
    } catch {
      return undefined;
    }
  };
  const before = readLock();
  if (before) {
    const parsed = parsePipfile(ctx.fs.readText(project.pipfile));
    const expected = 'error' in parsed && typeof parsed.error === 'string' ? '' : pipfileHash(parsed as Pipfile);
    const old = before._meta?.hash?.sha256 ?? '';
    if (old !== expected) {
      out.err(`Pipfile.lock (${old.slice(-6)}) out of date, updating to (${expected.slice(-6)})...`);
      const status = relock(ctx, out);
      if (status) return status;
    }
  } else {
    const status = relock(ctx, out);
    if (status) return status;
  }
  const lock = readLock();
  const locked = new Set(lock ? Object.keys(lock).filter((k) => k !== '_meta').flatMap((section) => Object.keys(lockSection(lock, section)).map(canonical)) : []);
  const site = venvPrefix(project).site;
  const extra = installedDists(ctx.fs, site)
    .filter((d) => !BAD_PACKAGES.has(canonical(d.name)) && !locked.has(canonical(d.name)))
    .sort((a, b) => (canonical(a.name) < canonical(b.name) ? -1 : 1));
  for (const dist of extra) {
    if (opts.dryRun) {
      out.echo(canonical(dist.name));
      continue;
    }
    out.out(`Uninstalling ${canonical(dist.name)}...`);
    uninstallDist(ctx.fs, site, dist);
  }
  return 0;
}
