// `( … )`, each part of a pipeline and `$(…)` run in a subshell: whatever they change of the shell's
// state (cwd, variables, functions, options) is put back afterwards, and `exit` ends only the subshell.
// A background job (`cmd &`) runs beside its shell, so it gets a copy of that state instead (jobs.ts).
import { ExitSignal } from '../errors.ts';
import type { Interp } from './types.ts';

/** What a subshell copies of its shell: cwd, variables, arrays, exports, functions, arguments, options. */
export type ShellSnapshot = ReturnType<typeof captureState>;

/** A copy of the state a subshell may change. */
export function captureState(it: Interp) {
  return {
    cwd: it.cwd,
    env: new Map(it.env),
    arrays: new Map([...it.arrays].map(([k, v]) => [k, { assoc: v.assoc, items: new Map(v.items) }])),
    exported: new Set(it.exported),
    functions: new Map(it.functions),
    args: it.args,
    errexit: it.errexit,
    nounset: it.nounset,
    xtrace: it.xtrace,
    pipefail: it.pipefail,
    umask: it.fs.umask,
  };
}

/** Puts `saved` into `it`, refilling its maps in place. */
export function restoreState(it: Interp, saved: ShellSnapshot): void {
  it.cwd = saved.cwd;
  replace(it.env, saved.env);
  replace(it.arrays, saved.arrays);
  it.exported.clear();
  for (const k of saved.exported) it.exported.add(k);
  replace(it.functions, saved.functions);
  it.args = saved.args;
  it.errexit = saved.errexit;
  it.nounset = saved.nounset;
  it.xtrace = saved.xtrace;
  it.pipefail = saved.pipefail;
  it.fs.umask = saved.umask;
}

/** Runs `f` with the shell state restored afterwards; `exit` inside only ends the subshell. */
export async function inSubshell(it: Interp, f: () => Promise<number>): Promise<number> {
  const saved = captureState(it);
  it.nesting++;
  try {
    return await f();
  } catch (e) {
    if (e instanceof ExitSignal) return e.code;
    throw e;
  } finally {
    it.nesting--;
    restoreState(it, saved);
  }
}

// Refills a map in place (the Map objects are shared with the session, so they are never swapped).
function replace<K, V>(target: Map<K, V>, from: Map<K, V>): void {
  target.clear();
  for (const [k, v] of from) target.set(k, v);
}
