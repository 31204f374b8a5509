// Text a running shell reads as more of its input: `eval STRING` and `. FILE`. Shells read it a
// command at a time, so the complete commands before a syntax error run first; then the error is told
// in the builtin's words. bash goes on with status 2; in ash and dash it is a special builtin's
// error: the line stops, and a script ends.
import type { Node } from '../ast.ts';
import { ExitSignal, Incomplete, LineAborted, ShellSyntaxError } from '../errors.ts';
import type { ExecIo } from '../io.ts';
import type { Dialect } from '../messages.ts';
import { parse } from '../parser.ts';
import type { SourcedFrom } from '../state.ts';
import { reportSyntax, type SyntaxOrigin } from './report.ts';
import type { Interp } from './types.ts';

/** Runs `src` in `it` as eval and `.` do, syntax errors included; returns the status. */
export async function runSourced(it: Interp, src: string, from: SourcedFrom, io: ExecIo): Promise<number> {
  let tree: Node;
  try {
    tree = parse(src, true, it.dialect);
  } catch (e) {
    if (!(e instanceof ShellSyntaxError || e instanceof Incomplete)) throw e;
    const line = syntaxErrorLine(it.dialect, e, src);
    const outerLine = it.lineNo;
    const before = completePrefix(src, line, it.dialect);
    if (before) await it.exec(before, io);
    const status = reportSyntax(it, e, src, io, origin(it, from, src, line, outerLine));
    if (it.dialect === 'bash') return status;
    if (!it.interactive) throw new ExitSignal(status);
    throw new LineAborted(status);
  }
  return it.exec(tree, io);
}

/**
 * The commands a shell reading line by line would have run before it met a syntax error on line
 * `line`: the longest run of whole lines before it that parses on its own (none when the error sits
 * inside a compound command that began earlier, as `if …` left open).
 */
export function completePrefix(src: string, line: number, dialect: Dialect): Node | undefined {
  const lines = src.split('\n');
  // A long script with an error far down: trying every shorter prefix would cost more than it tells.
  const lowest = Math.max(1, line - 64);
  for (let k = line - 1; k >= lowest; k--) {
    try {
      return parse(lines.slice(0, k).join('\n') + '\n', false, dialect);
    } catch (e) {
      if (!(e instanceof ShellSyntaxError || e instanceof Incomplete)) throw e;
    }
  }
  return undefined;
}

/** The line of `src` a syntax error is on, as each dialect counts: the offending token's; at end of
 *  input bash names the line an open quote began on, ash and dash the last line. */
export function syntaxErrorLine(dialect: Dialect, e: ShellSyntaxError | Incomplete, src: string): number {
  if (e instanceof ShellSyntaxError) return e.line ?? 1;
  const lines = src.split('\n').length;
  if (dialect !== 'bash') return lines;
  if (/^['"`]$/.test(e.expecting) && e.line !== undefined) return e.line;
  // bash ends the text with a newline of its own and meets the end of input after it.
  return lines + (src.endsWith('\n') ? 0 : 1);
}

// Each dialect's words before the message. bash numbers an eval's lines on from the line its command
// ends on (and drops the place in an interactive shell), and in a function of `bash -c` calls itself
// `environment`; busybox counts on from one less than the line the command starts on; dash gives the
// line within the text. bash names a sourced file without its own name when it is not interactive.
function origin(it: Interp, from: SourcedFrom, src: string, line: number, outerLine: number): SyntaxOrigin {
  if (from.kind === 'eval') {
    const endLine = outerLine + (src.match(/\n/g)?.length ?? 0);
    const bashName = it.commandMode && it.funcDepth > 0 ? 'environment' : it.name;
    return {
      bash: it.interactive ? `${it.name}: ` : `${bashName}: eval: line ${endLine + line - 1}: `,
      dash: `${it.name}: ${line}: eval: Syntax error: `,
      ash: it.interactive ? `${it.name}: eval: syntax error: ` : `${it.name}: eval: line ${outerLine + line - 2}: syntax error: `,
      echoLine: !it.interactive,
      line,
    };
  }
  return {
    bash: `${it.interactive ? `${it.name}: ` : ''}${from.file}: line ${line}: `,
    dash: `${it.name}: ${line}: ${from.file}: Syntax error: `,
    ash: `${it.name}: ${from.file}: line ${line}: syntax error: `,
    echoLine: true,
    line,
  };
}
