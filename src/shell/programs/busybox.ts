// busybox, the multi-call binary of Alpine and busybox images: `busybox APPLET [ARGS]` runs the applet,
// `busybox` alone (or --help) prints its banner, usage and the applets it has, `--list`/`--list-full`
// name them. The applets are the links to /bin/busybox the image carries (what `busybox --install`
// made), so an image's busybox answers for what that image has.
import type { Program, ProgramContext } from '../../kernel/process.ts';
import { busyboxBanner } from './help-answer.ts';
import { findProgram, runProgram, type ProgramTable } from './exec.ts';

const DIRS = ['bin', 'sbin', 'usr/bin', 'usr/sbin'];
const SHELLS = new Set(['sh', 'ash']);

const USAGE = `BusyBox is copyrighted by many authors between 1998-2015.
Licensed under GPLv2. See source distribution for detailed
copyright notices.

Usage: busybox [function [arguments]...]
   or: busybox --list[-full]
   or: busybox --show SCRIPT
   or: busybox --install [-s] [DIR]
   or: function [arguments]...

\tBusyBox is a multi-call binary that combines many common Unix
\tutilities into a single executable.  Most people will create a
\tlink to busybox for each function they wish to use and BusyBox
\twill act like whatever it was invoked as.

Currently defined functions:
`;

/** The applets of this image's busybox, sorted as busybox lists them, each with the directory its link is in. */
export function appletLinks(ctx: ProgramContext, table: ProgramTable): Map<string, string> {
  const links = new Map<string, string>();
  for (const dir of DIRS) {
    let names: string[] = [];
    try {
      names = ctx.fs.readdir('/' + dir);
    } catch {
      continue;
    }
    for (const name of names) {
      try {
        if (ctx.fs.lstat(`/${dir}/${name}`).type === 'symlink' && ctx.fs.realpath(`/${dir}/${name}`) === '/bin/busybox' && !links.has(name)) links.set(name, dir);
      } catch {
        // A dangling link is no applet.
      }
    }
  }
  // An image whose applets are hard links (or none): the programs the workbook runs as busybox's.
  if (links.size === 0) for (const name of table().keys()) links.set(name, 'bin');
  return new Map([...links].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** The applet names as busybox wraps them: a tab, `, ` between names, lines kept under the output width. */
function wrapNames(names: string[], width: number): string {
  let out = '';
  let col = 0;
  for (const name of names) {
    const len = name.length + 2;
    if (col >= width - len) {
      out += ',\n';
      col = 0;
    }
    if (col === 0) {
      out += '\t';
      col = 7;
    } else out += ', ';
    out += name;
    col += len;
  }
  return out + '\n';
}

/** Makes `busybox` over the container's program table. */
export function makeBusybox(table: ProgramTable): Program {
  return async (ctx) => {
    // Run through a link (/bin/ls, /usr/sbin/brctl, /bin/sh): busybox is the applet it was invoked as.
    const invoked = ctx.argv[0].slice(ctx.argv[0].lastIndexOf('/') + 1);
    if (invoked !== 'busybox') return runAs(ctx, table, invoked, ctx.argv);
    const [arg, ...rest] = ctx.argv.slice(1);
    const applets = appletLinks(ctx, table);
    if (arg === undefined || arg === '--help') {
      const width = Number(ctx.env.get('COLUMNS')) || (ctx.isTty ? ctx.columns : 80);
      ctx.stdout.write(`${busyboxBanner(ctx)}\n${USAGE}${wrapNames([...applets.keys()], width)}`);
      return 0;
    }
    if (arg === '--list' || arg === '--list-full') {
      ctx.stdout.write([...applets].map(([name, dir]) => (arg === '--list' ? name : `${dir}/${name}`) + '\n').join(''));
      return 0;
    }
    const name = arg.slice(arg.lastIndexOf('/') + 1);
    if (!applets.has(name)) {
      ctx.stderr.write(`${arg}: applet not found\n`);
      return 127;
    }
    const program = findProgram(ctx, table, name);
    if (program) return runProgram(ctx, program, [name, ...rest]);
    // ash's builtins (test, pwd, kill …) answer through the shell.
    return SHELLS.has(name) || !ctx.runShell ? runAs(ctx, table, name, [name, ...rest]) : shell(ctx, ['sh', '-c', '"$@"', 'busybox', name, ...rest]);
  };
}

/** Runs `argv` as the applet `name` (argv[0] as invoked): a table program, the shell, or one line saying it is not supported. */
function runAs(ctx: ProgramContext, table: ProgramTable, name: string, argv: string[]): number | Promise<number> {
  const program = name === 'busybox' ? undefined : table().get(name);
  // The same argv: the program gets the caller's own context (its stdin unread).
  if (program) return argv === ctx.argv ? program(ctx) : runProgram(ctx, program, argv);
  if (SHELLS.has(name) && ctx.runShell) return shell(ctx, argv);
  ctx.stderr.write(`${name}: not supported in the workbook\n`);
  return 127;
}

/** A child shell as this user, with this environment and directory. */
function shell(ctx: ProgramContext, argv: string[]): Promise<number> {
  const identity = ctx.fs.identity ?? { uid: 0, gid: 0, groups: [0] };
  return ctx.runShell!(argv, { identity, user: ctx.env.get('USER') ?? 'root', env: new Map(ctx.env), cwd: ctx.cwd });
}
