// Runs any node of the syntax tree: lists, && and ||, pipelines, simple commands, subshells and
// groups, function definitions, and the compound commands if, while/until, for and case.
import type { Node } from '../ast.ts';
import { ExitSignal, LoopSignal } from '../errors.ts';
import { expandFields, expandPattern, expandSingle } from '../expand.ts';
import { globMatch } from '../glob.ts';
import type { ExecIo } from '../io.ts';
import { breathe } from './budget.ts';
import { execCond } from './cond.ts';
import { execPipeline, execTimedPipeline } from './pipeline.ts';
import { withRedirs } from './redirections.ts';
import { execSimple } from './simple.ts';
import { jobCode } from './job-code.ts';
import { mayHoldSubstitution, withSubstitutions } from './process-subst.ts';
import { inSubshell } from './subshell.ts';
import { expandHost } from './substitution.ts';
import { traceFor } from './xtrace.ts';
import type { Interp } from './types.ts';

/** Executes any node and returns its exit status. */
export async function exec(it: Interp, node: Node, io: ExecIo): Promise<number> {
  switch (node.type) {
    case 'list': {
      let code = it.lastExitCode;
      for (const [k, item] of node.items.entries()) {
        if (node.background?.includes(k)) {
          // `cmd &` starts a job and goes on at once, with status 0 (its code loads on the first one: the
          // worker's first chunk stays small).
          (await jobCode()).startJob(it, item, io);
          code = 0;
        } else code = await it.exec(item, io);
        it.lastExitCode = code;
      }
      return code;
    }
    case 'andor':
      return execAndOr(it, node, io);
    case 'pipeline': {
      const r = node.timed ? await execTimedPipeline(it, node.cmds, node.negate, node.timed, io) : await execPipeline(it, node.cmds, node.negate, io);
      return r.pipeline ? checkErrexit(it, r.code) : r.code;
    }
    case 'simple':
      return checkErrexit(it, await execSimple(it, node, io));
    case 'subshell':
      return withRedirs(it, node.redirs, io, (rio) => inSubshell(it, () => it.exec(node.body, rio)));
    case 'group':
      return withRedirs(it, node.redirs, io, (rio) => it.exec(node.body, rio));
    case 'cond':
      it.lineNo = node.line;
      return withRedirs(it, node.redirs, io, async (rio) => checkErrexit(it, await execCond(it, node.expr, rio)));
    case 'func':
      it.functions.set(node.name, node.body);
      return 0;
    case 'if':
      return withRedirs(it, node.redirs, io, async (rio) => {
        for (const c of node.clauses) {
          if ((await condition(it, c.cond, rio)) === 0) return it.exec(c.body, rio);
        }
        return node.otherwise ? it.exec(node.otherwise, rio) : 0;
      });
    case 'loop':
      return withRedirs(it, node.redirs, io, (rio) => execWhile(it, node, rio));
    case 'for': {
      const loop = () => withRedirs(it, node.redirs, io, (rio) => execFor(it, node, rio));
      // bash closes the descriptors `for x in <(…)` opened once the loop is done; busybox keeps them open.
      const opens = it.dialect === 'bash' && (node.items ?? []).some(mayHoldSubstitution);
      return opens ? withSubstitutions(it, loop) : loop();
    }
    case 'case':
      return withRedirs(it, node.redirs, io, async (rio) => {
        const host = expandHost(it, rio);
        const word = await expandSingle(node.word, host);
        for (const item of node.items) {
          for (const p of item.patterns) {
            if (globMatch(await expandPattern(p, host), word)) return item.body ? it.exec(item.body, rio) : 0;
          }
        }
        return 0;
      });
  }
}

async function execAndOr(it: Interp, node: Extract<Node, { type: 'andor' }>, io: ExecIo): Promise<number> {
  let code = await condition(it, node.first, io);
  for (let k = 0; k < node.rest.length; k++) {
    const { op, cmd } = node.rest[k];
    if ((op === '&&') !== (code === 0)) continue;
    // Only the last command of an && / || list may trip `set -e`.
    code = k === node.rest.length - 1 ? await it.exec(cmd, io) : await condition(it, cmd, io);
    it.lastExitCode = code;
  }
  return code;
}

async function execWhile(it: Interp, node: Extract<Node, { type: 'loop' }>, io: ExecIo): Promise<number> {
  let code = 0;
  it.loopDepth++;
  try {
    for (;;) {
      it.step();
      await breathe(it);
      const c = await condition(it, node.cond, io);
      if ((c === 0) === node.until) break;
      const r = await loopBody(it, node.body, io);
      if (r === 'break') break;
      code = it.lastExitCode;
    }
  } finally {
    it.loopDepth--;
  }
  return code;
}

async function execFor(it: Interp, node: Extract<Node, { type: 'for' }>, io: ExecIo): Promise<number> {
  const items: string[] = [];
  if (node.items === null) items.push(...it.args);
  else for (const w of node.items) items.push(...(await expandFields(w, expandHost(it, io))));
  let code = 0;
  it.loopDepth++;
  try {
    for (const item of items) {
      it.step();
      await breathe(it);
      if (it.xtrace) traceFor(io.stderr, it.dialect, it.substDepth, node.name, items);
      it.setVar(node.name, item);
      const r = await loopBody(it, node.body, io);
      code = it.lastExitCode;
      if (r === 'break') break;
    }
  } finally {
    it.loopDepth--;
  }
  return code;
}

async function loopBody(it: Interp, body: Node, io: ExecIo): Promise<'break' | 'continue' | 'next'> {
  try {
    it.lastExitCode = await it.exec(body, io);
    return 'next';
  } catch (e) {
    if (!(e instanceof LoopSignal)) throw e;
    if (e.levels > 1) {
      e.levels--;
      throw e;
    }
    return e.kind;
  }
}

/** Runs a node whose failure must not trip `set -e` (an if/while test, the left of && or ||). */
export async function condition(it: Interp, node: Node, io: ExecIo): Promise<number> {
  it.conditionDepth++;
  try {
    const c = await it.exec(node, io);
    it.lastExitCode = c;
    return c;
  } finally {
    it.conditionDepth--;
  }
}

function checkErrexit(it: Interp, code: number): number {
  if (code !== 0 && it.errexit && it.conditionDepth === 0) throw new ExitSignal(code);
  return code;
}
