// `pipenv requirements [--dev | --dev-only] [--hash] [--exclude-markers]`: Pipfile.lock as a
// requirements.txt (`-i URL`, then `name==version; markers --hash=…`), as pipenv's generate_requirements.
import type { ProgramContext } from '../../../kernel/process.ts';
import type { PipenvOutput } from './console.ts';
import { lockSection, type LockEntry, type Lockfile } from './lockfile.ts';
import { findProject } from './project.ts';

/** What to include. */
export interface RequirementsOptions {
  dev: boolean;
  devOnly: boolean;
  hashes: boolean;
  markers: boolean;
}

/** Prints the requirements; a missing lock fails as pipenv's load_lockfile does. */
export function requirements(ctx: ProgramContext, out: PipenvOutput, opts: RequirementsOptions): number {
  const project = findProject(ctx);
  let lock: Lockfile;
  try {
    lock = JSON.parse(ctx.fs.readText(project.lockfile)) as Lockfile;
  } catch {
    out.err(`ERROR: Pipfile.lock not found! You need to run $ pipenv lock before you can continue.`);
    return 1;
  }
  (lock._meta?.sources ?? []).forEach((source, i) => out.echo(`${i === 0 ? '-i' : '--extra-index-url'} ${String((source as { url?: unknown }).url ?? '')}`));
  const deps = new Map<string, LockEntry>();
  if (opts.dev || opts.devOnly) for (const [k, v] of Object.entries(lockSection(lock, 'develop'))) deps.set(k, v);
  if (!opts.devOnly) for (const [k, v] of Object.entries(lockSection(lock, 'default'))) deps.set(k, v);
  for (const [name, entry] of deps) {
    const markers = opts.markers && entry.markers ? `; ${entry.markers}` : '';
    const hashes = opts.hashes && entry.hashes?.length ? ` --hash=${entry.hashes.join(' --hash=')}` : '';
    out.echo(`${name}${entry.version ?? ''}${markers}${hashes}`);
  }
  return 0;
}
