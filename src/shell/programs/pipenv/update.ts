// `pipenv update` and `pipenv upgrade` as pipenv 2024.4.1's routines/update.py: update syncs, upgrades and
// syncs again; upgrade re-resolves the Pipfile entries that differ from the lock (a `"*"` entry always does:
// get_modified_pipfile_entries compares it with the locked "==x.y") and writes those packages' new pins.
// Its notice goes through rich, whose markup takes `[default]` for a tag, so it reads "Upgrading  in
// dependencies." (two spaces each side: no package arguments were given).
import type { ProgramContext } from '../../../kernel/process.ts';
import type { PipenvOutput } from './console.ts';
import { ensureProject, guarded, PipenvExit, sync, useSystem } from './install.ts';
import { lockFor, lockText, resolveCategory, type LockEntry, type Lockfile } from './lockfile.ts';
import { categories as pipfileCategories, parsePipfile, type Pipfile } from './pipfile.ts';
import type { Project } from './project.ts';

/** `pipenv update [--dev]`: sync (when there is a lock), upgrade, sync. */
export function update(ctx: ProgramContext, out: PipenvOutput, opts: { dev: boolean }): number {
  const project = ensureProject(ctx, out, false);
  if (typeof project === 'number') return project;
  if (ctx.fs.exists(project.lockfile)) {
    const status = sync(ctx, out, { dev: opts.dev, system: useSystem(ctx) });
    if (status) return status;
  }
  const status = upgradeLock(ctx, out, project, opts.dev);
  if (status) return status;
  return sync(ctx, out, { dev: opts.dev, system: useSystem(ctx) });
}

/** `pipenv upgrade [--dev]`: the lock only. */
export function upgrade(ctx: ProgramContext, out: PipenvOutput, opts: { dev: boolean }): number {
  const project = ensureProject(ctx, out, false);
  if (typeof project === 'number') return project;
  return upgradeLock(ctx, out, project, opts.dev);
}

function upgradeLock(ctx: ProgramContext, out: PipenvOutput, project: Project, dev: boolean): number {
  return guarded(out, () => {
    const parsed = parsePipfile(ctx.fs.readText(project.pipfile));
    if ('error' in parsed && typeof parsed.error === 'string') throw new PipenvExit(1, [`ERROR: ${project.pipfile} is not valid TOML: ${parsed.error}`]);
    const pipfile = parsed as Pipfile;
    const fresh = lockFor(pipfile);
    if ('failed' in fresh) throw new PipenvExit(1, [`ERROR: No matching distribution found for ${fresh.failed.requirement}`]);
    let lock: Lockfile;
    try {
      lock = JSON.parse(ctx.fs.readText(project.lockfile)) as Lockfile;
    } catch {
      lock = { _meta: fresh.lock._meta };
    }
    for (const section of dev ? ['default', 'develop'] : ['default']) {
      const packages = pipfileCategories(pipfile).find(([s]) => s === section)?.[1] ?? {};
      const locked = (lock[section] ?? {}) as Record<string, LockEntry>;
      const requested = Object.fromEntries(Object.entries(packages).filter(([name, entry]) => isModified(entry, locked[name])));
      if (!Object.keys(requested).length) continue;
      out.err('Upgrading  in  dependencies.');
      const upgraded = resolve(out, requested);
      if (!Object.keys(upgraded).length) {
        out.err('Nothing to upgrade!');
        return 0;
      }
      const full = resolve(out, packages);
      const table = (lock[section] ??= {}) as Record<string, LockEntry>;
      for (const name of Object.keys(upgraded)) if (full[name]) table[name] = full[name];
    }
    lock._meta = fresh.lock._meta;
    ctx.fs.writeFile(project.lockfile, lockText(lock));
    return 0;
  });
}

// get_modified_pipfile_entries: not locked under the Pipfile's spelling, or a version that is not the locked one.
function isModified(entry: unknown, locked: LockEntry | undefined): boolean {
  if (!locked) return true;
  if (typeof entry === 'string') return entry !== (locked.version ?? '');
  if (entry && typeof entry === 'object' && 'version' in entry) return (entry as { version: unknown }).version !== (locked.version ?? '');
  return false;
}

// venv_resolve_deps: the resolver's lines and the pinned entries.
function resolve(out: PipenvOutput, packages: Record<string, unknown>): Record<string, LockEntry> {
  out.out('Building requirements...');
  out.out('Resolving dependencies...');
  const resolved = resolveCategory(packages);
  if ('failed' in resolved) {
    out.out('✘ Locking Failed!');
    throw new PipenvExit(1, [`ERROR: No matching distribution found for ${resolved.failed.requirement}`]);
  }
  out.out('✔ Success!');
  return resolved.entries;
}
