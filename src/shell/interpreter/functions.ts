// Shell functions: `f() { …; }` (and bash's `function f { …; }`) run in the caller's shell with their
// own positional parameters; `return` ends them. Recursion is bounded as bash bounds it (FUNCNEST).
import type { Node } from '../ast.ts';
import { ReturnSignal } from '../errors.ts';
import type { ExecIo } from '../io.ts';
import { restoreScope } from './scopes.ts';
import type { Interp } from './types.ts';

/**
 * How deep functions may call each other when FUNCNEST is not set. Real bash and busybox recurse until
 * their stack overflows (a segmentation fault); here the runaway stops with bash's FUNCNEST message.
 */
export const MAX_FUNCTION_DEPTH = 1000;

/** Calls a function body with `args` as `$1`…; prefix assignments stay set, as bash does for functions. */
export async function callFunction(it: Interp, name: string, body: Node, args: string[], assigns: Map<string, string>, io: ExecIo): Promise<number> {
  const funcnest = Number(it.env.get('FUNCNEST'));
  const limit = Number.isInteger(funcnest) && funcnest > 0 ? Math.min(funcnest, MAX_FUNCTION_DEPTH) : MAX_FUNCTION_DEPTH;
  if (it.funcDepth >= limit) {
    io.stderr.write(`${it.errPrefix()}${name}: maximum function nesting level exceeded (${limit})\n`);
    return 1;
  }
  const savedArgs = it.args;
  for (const [k, v] of assigns) it.setVar(k, v);
  it.args = args;
  it.funcDepth++;
  const frame = new Map() as Interp['scopes'][number];
  it.scopes.push(frame);
  try {
    return await it.exec(body, io);
  } catch (e) {
    if (e instanceof ReturnSignal) return e.code;
    throw e;
  } finally {
    it.funcDepth--;
    it.scopes.pop();
    restoreScope(it, frame);
    it.args = savedArgs;
  }
}
