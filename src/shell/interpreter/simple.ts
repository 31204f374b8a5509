// A simple command: expand its words and assignments, trace it under `set -x`, apply its
// redirections, and run it as a function, a builtin or an external command.
import { builtinOf } from '../builtins.ts';
import type { Node } from '../ast.ts';
import { ExitSignal, ExpansionError } from '../errors.ts';
import { expandFields } from '../expand.ts';
import { applyAssign, expandElements } from './assign.ts';
import type { ExecIo } from '../io.ts';
import { breathe } from './budget.ts';
import { callFunction } from './functions.ts';
import { locate, runExternal } from './external.ts';
import { applyRedirs, redirFailed } from './redirections.ts';
import { expandHost } from './substitution.ts';
import { mayHoldSubstitution, withSubstitutions } from './process-subst.ts';
import { traceCommand } from './xtrace.ts';
import type { Interp } from './types.ts';

/** Builtins whose prefix assignments persist (POSIX special builtins). */
const SPECIAL_BUILTINS = new Set([':', 'export', 'unset', 'set', 'exit', 'return', 'break', 'continue', 'eval', '.', 'shift', 'readonly']);

/** Runs a simple command node and returns its status (the descriptors its `<(…)` opened close after it). */
export function execSimple(it: Interp, node: Extract<Node, { type: 'simple' }>, io: ExecIo): Promise<number> {
  // Most commands open none: they skip the bookkeeping (every RUN line and loop turn goes through here).
  return mayOpenSubstitution(node) ? withSubstitutions(it, () => runSimple(it, node, io)) : runSimple(it, node, io);
}

// Whether a word, assignment or redirection target of the command may hold a `<(…)` or `>(…)`.
function mayOpenSubstitution(node: Extract<Node, { type: 'simple' }>): boolean {
  return node.words.some(mayHoldSubstitution) || node.assigns.some((a) => mayHoldSubstitution(a.value) || (a.array?.some(mayHoldSubstitution) ?? false)) || node.redirs.some((r) => mayHoldSubstitution(r.target));
}

async function runSimple(it: Interp, node: Extract<Node, { type: 'simple' }>, io: ExecIo): Promise<number> {
  it.step();
  await breathe(it);
  it.lineNo = node.line;
  const host = expandHost(it, io);
  it.substStatus = undefined;
  let argv: string[];
  const assigns = new Map<string, string>();
  it.compoundArgs.clear();
  try {
    argv = [];
    for (let k = 0; k < node.words.length; k++) {
      const compound = node.arrayArgs?.get(k);
      if (!compound) {
        argv.push(...(await expandFields(node.words[k], host)));
        continue;
      }
      // `declare -a x=(…)`: the builtin finds the expanded elements by the argument's text.
      const text = `${compound.name}${compound.append ? '+' : ''}=(${compound.array!.join(' ')})`;
      const declared = argv.some((a) => /^-[^-]*A/.test(a));
      it.compoundArgs.set(text, { append: compound.append ?? false, elements: await expandElements(compound.array!, declared || (it.arrays.get(compound.name)?.assoc ?? false), host) });
      argv.push(text);
    }
    for (const a of node.assigns) {
      const plain = await applyAssign(it, a, host);
      if (plain) assigns.set(plain[0], plain[1]);
    }
  } catch (e) {
    if (e instanceof ExpansionError) {
      io.stderr.write(it.errPrefix() + e.message + '\n');
      if (!it.interactive) throw new ExitSignal(e.exitStatus ?? (it.dialect === 'bash' ? 127 : 2));
      return e.code;
    }
    throw e;
  }
  if (it.xtrace) traceCommand(io.stderr, it.dialect, it.substDepth, [...assigns], argv);
  if (argv.length === 0) {
    for (const [k, v] of assigns) it.setVar(k, v);
    const rio = await applyRedirs(it, node.redirs, io);
    if (!rio) return redirFailed(it);
    return it.substStatus ?? 0;
  }
  const rio = await applyRedirs(it, node.redirs, io);
  if (!rio) return redirFailed(it);
  return invoke(it, argv, assigns, rio, node.execTail);
}

/** Runs a command by name: function, builtin, program or script file; `tail`: the shell exec's it (a program takes the shell's process). */
export async function invoke(it: Interp, argv: string[], assigns: Map<string, string>, io: ExecIo, tail = false): Promise<number> {
  const name = argv[0];
  const fn = it.functions.get(name);
  if (fn) return callFunction(it, name, fn, argv.slice(1), assigns, io);
  // An exec-form command (a container's CMD, `docker exec c kill 1`) is exec'd: its program, not a builtin.
  const builtin = it.opts.execForm && locate(it, name)?.kind === 'program' ? undefined : builtinOf(it.dialect, name);
  if (!builtin) return runExternal(it, argv, assigns, io, 0, tail);
  const saved = new Map<string, string | undefined>();
  for (const [k, v] of assigns) {
    saved.set(k, it.env.get(k));
    it.env.set(k, v);
  }
  try {
    return await builtin(it, argv, io);
  } finally {
    if (!SPECIAL_BUILTINS.has(name))
      for (const [k, v] of saved) {
        if (v === undefined) it.env.delete(k);
        else it.env.set(k, v);
      }
  }
}

