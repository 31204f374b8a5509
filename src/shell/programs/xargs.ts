// xargs [OPTION]… [COMMAND [ARG]…]: runs COMMAND (default echo) with the words read from stdin or -a FILE
// (NUL-separated with -0, so `find … -print0 | xargs -0 rm` takes any name), echoing each run with -t;
// -n, -L and -s bound each command line, -I runs one per line with the line put in the arguments.
// Options: xargs-options.ts; reading and building command lines: xargs-gnu.ts and xargs-busybox.ts.
import type { Program, ProgramContext } from '../../kernel/process.ts';
import { strerror } from '../messages.ts';
import { execCommand, type ProgramTable } from './exec.ts';
import { abs, checkSignal, errCode, progName, quote, type Flavour } from './util.ts';
import { decodeUtf8 } from '../../vfs/utf8.ts';
import { XargsExit } from './xargs-common.ts';
import { parseXargs, type XargsOptions } from './xargs-options.ts';
import { gnuItems, runGnu, type RunCommand } from './xargs-gnu.ts';
import { runBusybox } from './xargs-busybox.ts';
import { shellEscape } from './xargs-quote.ts';

/** Makes `xargs`; exits 123 when a run fails, 124 when one exits 255, 127 when COMMAND is nowhere, 1 on bad input, like both tools. */
export function makeXargs(flavour: Flavour, table: ProgramTable): Program {
  return async (ctx) => {
    const o = parseXargs(ctx, flavour);
    if (typeof o === 'number') return o;
    const name = progName(ctx, flavour);
    const status = { code: 0 };
    try {
      const text = readInput(ctx, flavour, o);
      const run = runner(ctx, flavour, table, o, status);
      if (flavour === 'gnu') await runGnu(o, gnuItems(text, o), run, (message) => ctx.stderr.write(`${name}: ${message}\n`));
      else await runBusybox(o, text, run);
      return status.code;
    } catch (e) {
      if (!(e instanceof XargsExit)) throw e;
      ctx.stderr.write(`${name}: ${e.message}\n`);
      return e.code;
    }
  };
}

/** xargs's input: stdin, or -a's file (a directory reads as empty: read() fails, which both tools take for the end). */
function readInput(ctx: ProgramContext, flavour: Flavour, o: XargsOptions): string {
  if (o.argFile === undefined) return ctx.stdin;
  try {
    return decodeUtf8(ctx.fs.readFile(abs(ctx, o.argFile)));
  } catch (e) {
    const code = errCode(e);
    if (code === 'EISDIR') return '';
    throw new XargsExit(flavour === 'gnu' ? `Cannot open input file ${quote(ctx, o.argFile)}: ${strerror(code)}` : `can't open '${o.argFile}': ${strerror(code)}`);
  }
}

/**
 * Runs one command line as both tools do: shown on stderr first with -t, its status folded into xargs's
 * (123 once any run fails); one that exits 255 stops xargs (124), so does a command that is nowhere (127).
 * -P's commands run one after another, each once the one before has ended: one of the schedules the
 * parallel run may take, with the same output and status (and --process-slot-var's slot always 0, freed each time).
 */
function runner(ctx: ProgramContext, flavour: Flavour, table: ProgramTable, o: XargsOptions, status: { code: number }): RunCommand {
  // -t quotes as the locale prints: bytes above 127 are escapes in the C locale (no LANG, as in images).
  const locale = ctx.env.get('LC_ALL') || ctx.env.get('LC_CTYPE') || ctx.env.get('LANG') || '';
  const utf8 = /utf-?8/i.test(locale);
  const env = o.slotVar !== undefined ? new Map([...ctx.env, [o.slotVar, '0']]) : undefined;
  // GNU gives each command /dev/null, or its own stdin once -a took the input from a file; busybox's
  // commands share xargs's stdin, which xargs has read to its end (the file's end with -a).
  const stdin = flavour === 'gnu' && o.argFile !== undefined ? undefined : '';
  return async (argv) => {
    checkSignal(ctx);
    if (o.trace) ctx.stderr.write(argv.map((w) => (flavour === 'gnu' ? shellEscape(w, utf8) : w)).join(' ') + '\n');
    const r = await execCommand(ctx, table, argv, { env, stdin });
    if (r === undefined) throw new XargsExit(`${argv[0]}: No such file or directory`, 127);
    if (r === 255) throw new XargsExit(`${argv[0]}: exited with status 255; aborting`, 124);
    if (r !== 0) status.code = 123;
  };
}
