// How a shell reports what ended a line: syntax errors in each dialect's words, and the control-flow
// signals (exit, budget, Ctrl-C, a fatal expansion error) turned into an exit status at top level.
import { BudgetExceeded, ExitSignal, ExpansionError, Incomplete, Interrupted, LineAborted, LoopSignal, MemoryExceeded, ReturnSignal, type ShellSyntaxError } from '../errors.ts';
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
  if (e instanceof LineAborted) return done(e.code);
  if (e instanceof LoopSignal) return done(0);
  if (e instanceof ExpansionError) {
    io.stderr.write(it.errPrefix() + e.message + '\n');
    return done(e.code, !it.interactive);
  }
  throw e;
}

/**
 * Where a syntax error was found, when not in the shell's own input (`eval`, a sourced file): what each
 * dialect prints before its words, and whether bash echoes the offending line after it.
 */
export interface SyntaxOrigin {
  bash: string;
  dash: string;
  ash: string;
  echoLine: boolean;
  /** The offending line's number within `src`. */
  line: number;
}

/** Prints a syntax error as this shell does and returns status 2. */
export function reportSyntax(it: Interp, e: ShellSyntaxError | Incomplete, src: string, io: ExecIo, origin?: SyntaxOrigin): number {
  io.stderr.write(syntaxMessage(it, e, src, origin));
  // bash -c leaves the status alone when a `[[ … ]]` does not parse.
  if (it.dialect === 'bash' && !it.interactive && !(e instanceof Incomplete) && e.preface) return it.lastExitCode;
  return 2;
}

const KEYWORDS = new Set(['if', 'then', 'else', 'elif', 'fi', 'do', 'done', 'case', 'esac', 'while', 'until', 'for', '{', '}', '!', 'in']);

// ash and dash call any token that is not an operator or a keyword a "word".
function ashToken(tok: string): string {
  if (tok === 'newline' || tok === 'end of file') return tok;
  if (KEYWORDS.has(tok) || /^[()<>;&|]/.test(tok)) return `"${tok}"`;
  return 'word';
}

function syntaxMessage(it: Interp, e: ShellSyntaxError | Incomplete, src: string, origin?: SyntaxOrigin): string {
  const quote = e instanceof Incomplete && (e.expecting === "'" || e.expecting === '"' || e.expecting === '`');
  if (it.dialect === 'dash') {
    const where = origin?.dash ?? `${it.name}: ${it.interactive ? it.inputLines : it.lineNo}: Syntax error: `;
    if (e instanceof Incomplete) return where + (quote ? 'Unterminated quoted string\n' : `end of file unexpected${ashExpecting(e)}\n`);
    if (e.redirection) return where + 'redirection unexpected\n';
    return where + ashToken(e.token) + ` unexpected${expecting(e)}\n`;
  }
  if (it.dialect === 'ash') {
    const where = origin?.ash ?? `${it.name}: syntax error: `;
    if (e instanceof Incomplete) return `${where}${quote ? 'unterminated quoted string' : `unexpected end of file${ashExpecting(e)}`}\n`;
    if (e.redirection) return `${where}unexpected redirection\n`;
    return `${where}unexpected ${ashToken(e.token)}${expecting(e)}\n`;
  }
  const where = origin?.bash ?? (it.interactive ? `${it.name}: ` : `${it.name}: ${it.commandMode ? '-c: ' : ''}line ${it.lineNo}: `);
  if (e instanceof Incomplete) return quote ? `${where}unexpected EOF while looking for matching \`${e.expecting}'\n` : `${where}syntax error: unexpected end of file\n`;
  // Errors inside `[[ … ]]` are one line of their own.
  if (e.preface) return `${where}${e.preface === 'syntax error in conditional expression' ? `syntax error in conditional expression: unexpected token \`${e.token}'` : e.preface}\n`;
  let out = `${where}syntax error near unexpected token \`${e.token}'\n`;
  const echoed = origin ? origin.line : it.lineNo;
  if (origin ? origin.echoLine : !it.interactive) out += `${where}\`${src.replace(/\n$/, '').split('\n')[echoed - 1] ?? src}'\n`;
  return out;
}

// At the end of input ash and dash name the word that would close what is open (`fi`, `}`), but not
// the command a `|` or `&&` still wants.
function ashExpecting(e: Incomplete): string {
  return e.expecting === '|' || e.expecting === 'command' ? '' : ` (expecting "${e.expecting}")`;
}

// ash and dash name the word they wanted when another came (` (expecting "}")`).
function expecting(e: ShellSyntaxError): string {
  return e.detail ? ` (expecting "${e.detail}")` : '';
}
