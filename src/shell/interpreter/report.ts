// How a shell reports what ended a line: syntax errors in each dialect's words, and the control-flow
// signals (exit, budget, Ctrl-C, a fatal expansion error) turned into an exit status at top level.
import { BudgetExceeded, ExitSignal, ExpansionError, Incomplete, Interrupted, LoopSignal, MemoryExceeded, ReturnSignal, type ShellSyntaxError } from '../errors.ts';
import type { ExecIo } from '../io.ts';
import { BUDGET_EXIT, INTERRUPT_EXIT, STEP_BUDGET } from './budget.ts';
import type { Interp } from './types.ts';

/** What running a line came to. */
export interface RunResult {
  exitCode: number;
  exited: boolean;
}

/** Turns a control-flow exception that reached the top into an exit status; rethrows anything else. */
export function topLevelCatch(it: Interp, e: unknown, io: ExecIo): RunResult {
  const done = (exitCode: number, exited = false): RunResult => {
    it.lastExitCode = exitCode;
    return { exitCode, exited };
  };
  if (e instanceof ExitSignal) return done(e.code, true);
  if (e instanceof BudgetExceeded) {
    io.stderr.write(`${it.name}: stopped after ${STEP_BUDGET} steps (a loop that never ends?)\n`);
    return done(BUDGET_EXIT);
  }
  if (e instanceof Interrupted) return done(INTERRUPT_EXIT);
  if (e instanceof MemoryExceeded) {
    // bash cannot grow the string and dies; here the line stops and an interactive shell goes on.
    io.stderr.write(`${it.name}: xrealloc: cannot allocate ${e.bytes} bytes\n`);
    return done(2, !it.interactive);
  }
  if (e instanceof ReturnSignal) return done(e.code);
  if (e instanceof LoopSignal) return done(0);
  if (e instanceof ExpansionError) {
    io.stderr.write(it.errPrefix() + e.message + '\n');
    return done(e.code, !it.interactive);
  }
  throw e;
}

/** Prints a syntax error as this shell does and returns status 2. */
export function reportSyntax(it: Interp, e: ShellSyntaxError | Incomplete, src: string, io: ExecIo): number {
  const bash = it.dialect === 'bash';
  const where = it.interactive ? `${it.name}: ` : `${it.name}: -c: line ${it.lineNo}: `;
  if (e instanceof Incomplete) {
    const q = e.expecting;
    if (q === "'" || q === '"' || q === '`') {
      io.stderr.write(bash ? `${where}unexpected EOF while looking for matching \`${q}'\n` : `${it.name}: syntax error: unterminated quoted string\n`);
    } else io.stderr.write(bash ? `${where}syntax error: unexpected end of file\n` : `${it.name}: syntax error: unexpected end of file (expecting "${q}")\n`);
    return 2;
  }
  const tok = e.token;
  if (bash) {
    io.stderr.write(`${where}syntax error near unexpected token \`${tok}'\n`);
    if (!it.interactive) io.stderr.write(`${where}\`${src.replace(/\n$/, '').split('\n')[it.lineNo - 1] ?? src}'\n`);
  } else io.stderr.write(`${it.name}: syntax error: unexpected ${tok === 'newline' || tok === 'end of file' ? tok : `"${tok}"`}\n`);
  return 2;
}
