// awk: mawk's behaviour and messages for Debian/Ubuntu and the host (their awk is mawk), busybox awk's for Alpine.
import type { Program, ProgramContext } from '../../../kernel/process.ts';
import type { Flavour } from '../util.ts';
import { abs } from '../util.ts';
import { AwkSyntaxError, unescape } from './lexer.ts';
import { AwkMachine, AwkRuntimeError } from './machine.ts';
import { AwkCommands } from './commands.ts';
import type { ProgramTable } from '../exec.ts';
import { parseAwk } from './parser.ts';
import { assignOperand, initGlobals, InputError, runAwk } from './run.ts';
import { AWK_STEP_BUDGET, AwkBudgetExceeded } from './signals.ts';
import { setIntegerLimit } from './values.ts';

const USAGE_BUSYBOX = `BusyBox v1.37.0 (2025-01-17 18:12:01 UTC) multi-call binary.

Usage: awk [OPTIONS] [AWK_PROGRAM] [FILE]...

	-v VAR=VAL	Set variable
	-F SEP		Use SEP as field separator
	-f FILE		Read program from FILE
	-e AWK_PROGRAM
`;
const USAGE_MAWK = 'usage: mawk [-F value] [-v var=value] [--] \'program text\' [file ...]\nusage: mawk [-F value] [-v var=value] [-f program-file] [--] [file ...]\n';

interface Options {
  fs?: string;
  assigns: string[];
  source: string[];
  operands: string[];
}

// Parses awk's options; a string is an error message for stderr.
function parseArgs(ctx: ProgramContext, args: string[]): Options | string | { missing: string } {
  const o: Options = { assigns: [], source: [], operands: [] };
  let i = 0;
  const value = (a: string, flag: string): string | undefined => (a.length > 2 ? a.slice(2) : args[++i] ?? (void flag, undefined));
  for (; i < args.length; i++) {
    const a = args[i];
    if (a === '--') {
      i++;
      break;
    }
    if (!a.startsWith('-') || a === '-') break;
    const flag = a.slice(0, 2);
    const v = value(a, flag);
    if (v === undefined) return `option requires an argument -- ${flag[1]}`;
    if (flag === '-F') o.fs = v;
    else if (flag === '-v') o.assigns.push(v);
    else if (flag === '-f') {
      try {
        o.source.push(ctx.fs.readText(abs(ctx, v)));
      } catch {
        return { missing: v };
      }
    } else if (flag === '-e') o.source.push(v);
    else return `not an option: ${a}`;
  }
  if (o.source.length === 0) {
    if (i >= args.length) return '';
    o.source.push(args[i++]);
  }
  o.operands = args.slice(i);
  return o;
}

/** Makes `awk` for a flavour (mawk wording on GNU systems, busybox's on Alpine); its commands run programs of `table`. */
export function makeAwk(flavour: Flavour, table: ProgramTable): Program {
  return async (ctx) => {
    const fail = (msg: string, code: number) => {
      ctx.stderr.write(`awk: ${msg}\n`);
      return code;
    };
    const o = parseArgs(ctx, ctx.argv.slice(1));
    if (o === '') {
      ctx.stderr.write(flavour === 'gnu' ? USAGE_MAWK : USAGE_BUSYBOX);
      return flavour === 'gnu' ? 2 : 1;
    }
    if (typeof o === 'string') return fail(o, 2);
    if ('missing' in o) return flavour === 'gnu' ? fail(`cannot open ${o.missing} (No such file or directory)`, 2) : fail(`can't open '${o.missing}': No such file or directory`, 1);
    let prog;
    try {
      prog = parseAwk(o.source.join('\n'));
    } catch (e) {
      if (!(e instanceof AwkSyntaxError)) throw e;
      if (flavour === 'busybox') return fail(`cmd. line:${e.line}: Unexpected token`, 1);
      return fail(e.near === 'end of file' ? `line ${e.line + 1}: missing } near end of file` : `line ${e.line}: syntax error at or near ${e.near}`, 2);
    }
    setIntegerLimit(flavour);
    const m = new AwkMachine(ctx, flavour);
    m.commands = new AwkCommands(m, table);
    // At exit, mawk closes its pipes before writing out its own output; busybox writes first (in close).
    const finish = async () => {
      await m.commands.closeAll();
      m.flush();
    };
    try {
      initGlobals(m, ['awk', ...o.operands]);
      if (o.fs !== undefined) m.globals.set('FS', unescape(o.fs));
      for (const a of o.assigns) if (!assignOperand(m, a)) return fail(flavour === 'gnu' ? `improper assignment: -v ${a}` : `cmd. line:1: Unexpected token`, 2);
      const code = await runAwk(m, prog);
      await finish();
      return code;
    } catch (e) {
      if (e instanceof AwkBudgetExceeded || e instanceof InputError || e instanceof AwkRuntimeError) await finish();
      else m.flush();
      if (e instanceof AwkBudgetExceeded) return fail(`stopped after ${AWK_STEP_BUDGET} steps (a loop that never ends?)`, 124);
      if (e instanceof InputError) return fail(e.message, flavour === 'gnu' ? 2 : 1);
      if (e instanceof AwkRuntimeError) return fail(flavour === 'gnu' ? `run time error: ${e.message}` : `cmd. line:1: ${e.message}`, 2);
      throw e;
    }
  };
}
