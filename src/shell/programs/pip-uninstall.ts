// `pip uninstall [-y] NAME… [-r FILE]` (pip 24.3): for each installed distribution its "Found existing
// installation" lines, the files it would remove and the question (answered from piped input, Enter
// meaning yes; -y skips it), then RECORD's files and the .dist-info go; a name not installed is skipped
// with pip's warning.
import type { ProgramContext } from '../../kernel/process.ts';
import { installedDists, uninstallDist, type PythonPrefix } from '../packages/python-install.ts';
import { abs } from './util.ts';

const canonical = (name: string) => name.toLowerCase().replace(/[-_.]+/g, '-');

/** Runs pip uninstall's arguments (after `uninstall`) against `prefix`; returns the exit status. */
export function pipUninstall(ctx: ProgramContext, args: string[], prefix: PythonPrefix, rootWarning: () => void): number {
  const yes = args.some((a) => a === '-y' || a === '--yes');
  const quiet = args.some((a) => a === '-q' || a === '--quiet');
  const names: string[] = [];
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '-r' || args[i] === '--requirement') {
      const file = args[++i] ?? '';
      try {
        names.push(...ctx.fs.readText(abs(ctx, file)).split('\n').map((l) => l.replace(/#.*/, '').trim().replace(/[=<>!~[;\s].*$/, '')).filter(Boolean));
      } catch {
        ctx.stderr.write(`ERROR: Could not open requirements file: [Errno 2] No such file or directory: '${file}'\n`);
        return 1;
      }
    } else if (!args[i].startsWith('-')) names.push(args[i].replace(/[=<>!~[;].*$/, ''));
  }
  if (!names.length) {
    ctx.stderr.write('ERROR: You must give at least one requirement to uninstall (see "pip help uninstall")\n');
    return 1;
  }
  // Piped answers, one a line; none at all is end of file (pip's input() fails).
  const answers = ctx.stdinTty || ctx.stdin === '' ? [] : ctx.stdin.split('\n');
  const say = (text: string) => void (quiet || ctx.stdout.write(text));
  for (const name of names) {
    const dist = installedDists(ctx.fs, prefix.site).find((d) => canonical(d.name) === canonical(name));
    if (!dist) {
      ctx.stderr.write(`WARNING: Skipping ${name} as it is not installed.\n`);
      continue;
    }
    say(`Found existing installation: ${dist.name} ${dist.version}\nUninstalling ${dist.name}-${dist.version}:\n`);
    if (!yes) {
      ctx.stdout.write(`  Would remove:\n${wouldRemove(ctx, prefix, dist.info).map((p) => `    ${p}\n`).join('')}Proceed (Y/n)? `);
      const answer = answers.shift();
      if (answer === undefined || !/^\s*(y|yes)?\s*$/i.test(answer)) {
        ctx.stdout.write('\n');
        if (answer === undefined) {
          ctx.stderr.write('ERROR: Exception:\nEOFError: EOF when reading a line\n');
          return 2;
        }
        continue;
      }
    }
    uninstallDist(ctx.fs, prefix.site, dist);
    say(`  Successfully uninstalled ${dist.name}-${dist.version}\n`);
  }
  rootWarning();
  return 0;
}

// pip's compressed listing: the package directories, the .dist-info, the scripts in bin/.
function wouldRemove(ctx: ProgramContext, prefix: PythonPrefix, info: string): string[] {
  let record = '';
  try {
    record = ctx.fs.readText(`${info}/RECORD`);
  } catch {
    /* nothing listed */
  }
  const out = new Set<string>([`${info}/*`]);
  for (const line of record.split('\n')) {
    const rel = line.split(',')[0];
    if (!rel) continue;
    if (rel.startsWith('..')) out.add(`${prefix.bin}/${rel.split('/').pop()}`);
    else out.add(rel.includes('/') ? `${prefix.site}/${rel.split('/')[0]}/*` : `${prefix.site}/${rel}`);
  }
  return [...out].sort();
}
