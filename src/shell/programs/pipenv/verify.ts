// `pipenv verify` (is Pipfile.lock's hash the Pipfile's?) and `pipenv scripts` (the Pipfile's [scripts]
// as a two-column table), as pipenv 2024.4.1's cli/command.py prints them.
import type { ProgramContext } from '../../../kernel/process.ts';
import type { PipenvOutput } from './console.ts';
import { parsePipfile, pipfileHash, type Pipfile } from './pipfile.ts';
import { findProject } from './project.ts';

function readPipfile(ctx: ProgramContext, path: string): Pipfile | undefined {
  if (!ctx.fs.exists(path)) return undefined;
  const parsed = parsePipfile(ctx.fs.readText(path));
  return 'error' in parsed && typeof parsed.error === 'string' ? {} : (parsed as Pipfile);
}

/** `pipenv verify`: 0 when the lock's hash matches the Pipfile. */
export function verify(ctx: ProgramContext, out: PipenvOutput): number {
  const project = findProject(ctx);
  const pipfile = readPipfile(ctx, project.pipfile);
  if (!pipfile) {
    out.err('No Pipfile present at project home.');
    return 1;
  }
  let locked = '';
  try {
    locked = (JSON.parse(ctx.fs.readText(project.lockfile)) as { _meta?: { hash?: { sha256?: string } } })._meta?.hash?.sha256 ?? '';
  } catch {
    /* no lock: out of date */
  }
  if (locked !== pipfileHash(pipfile)) {
    out.err('Pipfile.lock is out-of-date. Run $ pipenv lock to update.');
    return 1;
  }
  out.out('Pipfile.lock is up-to-date.');
  return 0;
}

/** `pipenv scripts`: the [scripts] table. */
export function scripts(ctx: ProgramContext, out: PipenvOutput): number {
  const project = findProject(ctx);
  const pipfile = readPipfile(ctx, project.pipfile);
  if (!pipfile) {
    out.err('No Pipfile present at project home.');
    return 1;
  }
  const table = pipfile.scripts && typeof pipfile.scripts === 'object' ? (pipfile.scripts as Record<string, unknown>) : {};
  const rows = Object.entries(table).map(([k, v]) => [k, Array.isArray(v) ? v.join(' ') : String(v)]);
  const first = Math.max(...['Command', ...rows.map((r) => r[0])].map((w) => w.length));
  // pipenv measures the second column over the script names, not their commands.
  const second = Math.max(...['Script', ...rows.map((r) => r[0])].map((w) => w.length));
  out.out([`${'Command'.padEnd(first)}  Script`, `${'-'.repeat(first)}  ${'-'.repeat(second)}`, ...rows.map(([k, v]) => `${k.padEnd(first)}  ${v}`)].join('\n'));
  return 0;
}
