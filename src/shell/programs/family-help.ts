// `NAME --help` (and GNU's `--version`) as each family answers it, for every program of a table at once:
// busybox prints its banner and the applet's usage on stderr and exits 0 when --help is the only
// argument (appletlib.c); GNU programs print their help or version on stdout wherever the option comes
// before `--` (getopt permutes), except where option parsing stops at the first operand (env, xargs,
// seq …) and in echo/printf/true/false, which see it only as their sole argument. The texts were
// recorded from the real tools (scripts/record-userland-help.ts) and load as a chunk of their own on first use.
import type { Program, ProgramContext } from '../../kernel/process.ts';
import { BUSYBOX_HELP_NAMES, GNU_HELP_NAMES } from './help-texts/names.ts';
import { helpAsked } from './help-asked.ts';
import { lazyProgram } from './lazy.ts';
import type { Flavour } from './util.ts';


/** busybox refusing a command line (a bad option or operand): its banner and the applet's usage (named by argv[0]) on stderr, exit 1. */
export const busyboxUsageShown: Program = lazyProgram('help', (m) => (ctx: ProgramContext) => m.showBusyboxUsage(ctx));

/** `program` (table name `name`) answering --help (and GNU's --version) as its family does, where the real tool's text is recorded. */
export function answeringHelp(flavour: Flavour, name: string, program: Program): Program {
  if (!(flavour === 'busybox' ? BUSYBOX_HELP_NAMES : GNU_HELP_NAMES).has(name)) return program;
  // The text is the table name's, whatever file alias ran it (md5sum.textutils, which.debianutils).
  const answer = lazyProgram('help', (m) => (ctx: ProgramContext) => m.answerHelp(ctx, flavour, name));
  return (ctx) => (helpAsked(flavour, name, [name, ...ctx.argv.slice(1)]) ? answer({ ...ctx, argv: [ctx.argv[0] || name, ...ctx.argv.slice(1)] }) : program(ctx));
}

/** The table with each program answering --help (and GNU's --version) as its family does. */
export function withFamilyHelp(table: Map<string, Program>, flavour: Flavour): Map<string, Program> {
  for (const [name, program] of table) table.set(name, answeringHelp(flavour, name, program));
  return table;
}
