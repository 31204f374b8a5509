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
import { busyboxUsageWanted, type Flavour } from './util.ts';

/** busybox refusing a command line (a bad option or operand): its banner and the applet's usage (named by argv[0]) on stderr, exit 1. */
export const busyboxUsageShown: Program = lazyProgram('help', (m) => (ctx: ProgramContext) => m.showBusyboxUsage(ctx));

/** `program` (table name `name`) answering --help (and GNU's --version) as its family does, where the real tool's text is recorded. */
export function answeringHelp(flavour: Flavour, name: string, program: Program): Program {
  if (!(flavour === 'busybox' ? BUSYBOX_HELP_NAMES : GNU_HELP_NAMES).has(name)) return program;
  // The text is the table name's, whatever file alias ran it (md5sum.textutils, which.debianutils).
  const answer = lazyProgram('help', (m) => (ctx: ProgramContext) => m.answerHelp(ctx, flavour, name));
  const named = (ctx: ProgramContext) => ({ ...ctx, argv: [ctx.argv[0] || name, ...ctx.argv.slice(1)] });
  if (flavour === 'gnu') return (ctx) => (helpAsked(flavour, name, [name, ...ctx.argv.slice(1)]) ? answer(named(ctx)) : program(ctx));
  return (ctx) => {
    if (helpAsked(flavour, name, [name, ...ctx.argv.slice(1)])) return answer(named(ctx));
    // A command line the applet refused (util.ts busyboxUsage/busyboxBadOption): its usage follows, exit 1.
    // The context is the program's own (never a copy: reading ctx.stdin consumes the input /dev/stdin reads).
    const usage = async () => (await answer(named(ctx)), 1);
    const code = program(ctx);
    if (typeof code === 'number') return busyboxUsageWanted.has(ctx) ? usage() : code;
    return code.then((c) => (busyboxUsageWanted.has(ctx) ? usage() : c));
  };
}

/** The table with each program answering --help (and GNU's --version) as its family does. */
export function withFamilyHelp(table: Map<string, Program>, flavour: Flavour): Map<string, Program> {
  for (const [name, program] of table) table.set(name, answeringHelp(flavour, name, program));
  return table;
}
