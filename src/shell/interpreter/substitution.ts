// What word expansion asks of the shell (variables, `$?` and friends) and command substitution
// `$(…)`: the source runs in a subshell and its output becomes the word.
import type { Node } from '../ast.ts';
import { ExpansionError, Incomplete, ShellSyntaxError } from '../errors.ts';
import type { ExpandHost } from '../expand.ts';
import { BufferWriter, type ExecIo } from '../io.ts';
import { optionLetters } from '../options.ts';
import { parse } from '../parser.ts';
import { reportSyntax } from './report.ts';
import { inSubshell } from './subshell.ts';
import type { Interp } from './types.ts';
import { processSubst } from './process-subst.ts';

/** The expansion host over this shell's state; `$(…)` runs with `io`'s stderr and signal. */
export function expandHost(it: Interp, io: ExecIo): ExpandHost {
  return {
    fs: it.fs,
    cwd: it.cwd,
    nounset: it.nounset,
    dialect: it.dialect,
    getVar: (n) => it.getVar(n),
    getArray: (n) => it.arrays.get(n),
    setVar: (n, v) => it.setVar(n, v),
    positional: () => it.args,
    special: (n) => special(it, n),
    commandSubst: (src) => commandSubst(it, src, io),
    processSubst: (src, direction) => processSubst(it, src, direction, io),
    unclosedSubst: (lines) => {
      if (it.dialect === 'ash') throw new ExpansionError('syntax error: unexpected end of file (expecting ")")', 2, 2);
      io.stderr.write(`${it.name}: command substitution: line ${it.lineNo + lines}: unexpected EOF while looking for matching \`)'\n`);
    },
  };
}

// `$?`, `$$`, `$#`, `$!`, `$-`, `$0`, `$1`…
function special(it: Interp, n: string): string | undefined {
  switch (n) {
    case '?': return String(it.lastExitCode);
    case '$': return '1';
    case '#': return String(it.args.length);
    case '!': return it.lastBackgroundPid === undefined ? '' : String(it.lastBackgroundPid);
    case '-': return optionLetters(it.dialect, it, { interactive: it.interactive, command: it.commandMode });
    case '0': return it.name;
    default: return it.args[Number(n) - 1];
  }
}

/**
 * How deep `$(…)` may nest. Real bash 5.2, dash and busybox have no limit but their stack and their
 * time (measured here: `echo $(echo $(… x))` 400 deep takes bash 27 s, dash 10 s, busybox 1.7 s; bash
 * dies with a segmentation fault near 5,000); 1,000 deep takes us ~0.3 s and uses an eighth of the
 * stack (8,000 still ran), so past it the line stops with one bash-style error instead.
 */
export const MAX_SUBST_NESTING = 1000;

/** `$(…)`: runs the source in a subshell and returns what it printed. */
export async function commandSubst(it: Interp, src: string, io: ExecIo): Promise<string> {
  if (it.substDepth >= MAX_SUBST_NESTING) throw new ExpansionError(`maximum nesting level exceeded (${MAX_SUBST_NESTING})`, 2);
  let tree: Node;
  try {
    tree = parse(src, true, it.dialect);
  } catch (e) {
    if (e instanceof ShellSyntaxError || e instanceof Incomplete) {
      reportSyntax(it, e, src, io);
      it.lastExitCode = 2;
      return '';
    }
    throw e;
  }
  const out = new BufferWriter();
  it.substDepth++;
  let code: number;
  try {
    code = await inSubshell(it, () => it.exec(tree, { ...io, stdout: out, tty: false }));
  } finally {
    it.substDepth--;
  }
  it.lastExitCode = code;
  it.substStatus = code;
  return out.text;
}
