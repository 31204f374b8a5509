// `local` (and `declare` inside a function): the variable's outer value is kept in the function's
// frame and put back when the function returns, so a function's locals never leak to its caller.
import type { Interp } from './types.ts';

/** Records `name`'s current value in the innermost frame (once per frame); outside a function, nothing. */
export function keepLocal(it: Interp, name: string): void {
  const frame = it.scopes[it.scopes.length - 1];
  if (!frame || frame.has(name)) return;
  frame.set(name, { value: it.env.get(name), array: it.arrays.get(name), exported: it.exported.has(name) });
}

/** Puts back what a returning function's frame recorded. */
export function restoreScope(it: Interp, frame: Interp['scopes'][number]): void {
  for (const [name, saved] of frame) {
    it.env.delete(name);
    it.arrays.delete(name);
    if (saved.value !== undefined) it.env.set(name, saved.value);
    if (saved.array) it.arrays.set(name, saved.array);
    if (saved.exported) it.exported.add(name);
    else it.exported.delete(name);
  }
}
