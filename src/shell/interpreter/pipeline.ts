// Pipelines: each command's output is buffered and becomes the next one's input (no program here
// reads interactively); every part of a multi-command pipeline runs in a subshell, as in bash and ash.
import type { Node } from '../ast.ts';
import { InputStream, PipeWriter, type ExecIo } from '../io.ts';
import { inSubshell } from './subshell.ts';
import type { Interp } from './types.ts';

/** Runs `a | b | c` (or `! a | b`); the status is the last command's (or the last failure's under pipefail). */
export async function execPipeline(it: Interp, cmds: Node[], negate: boolean, io: ExecIo): Promise<{ code: number; pipeline: boolean }> {
  let input: InputStream = io.stdin;
  let code = 0;
  let failed = 0;
  if (negate) it.conditionDepth++;
  try {
    for (let k = 0; k < cmds.length; k++) {
      const last = k === cmds.length - 1;
      const out = last ? io.stdout : new PipeWriter();
      const sub: ExecIo = { ...io, stdin: input, stdout: out, tty: last ? io.tty : false };
      code = cmds.length > 1 ? await inSubshell(it, () => it.exec(cmds[k], sub)) : await it.exec(cmds[k], sub);
      if (code !== 0) failed = code;
      if (!last) input = new InputStream((out as PipeWriter).text);
    }
  } finally {
    if (negate) it.conditionDepth--;
  }
  if (it.pipefail && cmds.length > 1) code = failed;
  if (negate) return { code: code === 0 ? 1 : 0, pipeline: false };
  return { code, pipeline: cmds.length > 1 };
}

// bash's report: TIMEFORMAT's default `\nreal\t%3lR\nuser\t%3lU\nsys\t%3lS`, or POSIX's `-p` form.
function timeReport(ms: number, form: 'bash' | 'posix'): string {
  const s = ms / 1000;
  if (form === 'posix') return `real ${s.toFixed(2)}\nuser 0.00\nsys 0.00\n`;
  const long = (v: number) => `${Math.floor(v / 60)}m${(v % 60).toFixed(3)}s`;
  return `\nreal\t${long(s)}\nuser\t${long(0)}\nsys\t${long(0)}\n`;
}

/**
 * Runs `time [-p] PIPELINE`: the pipeline, then its time on the session clock to stderr. The simulated
 * programs spend no CPU of a real machine, so user and sys are 0 — as they nearly are for a real
 * `time docker build`, whose work happens in the daemon.
 */
export async function execTimedPipeline(it: Interp, cmds: Node[], negate: boolean, form: 'bash' | 'posix', io: ExecIo): Promise<{ code: number; pipeline: boolean }> {
  const started = it.fs.clock();
  const r = cmds.length ? await execPipeline(it, cmds, negate, io) : { code: 0, pipeline: false };
  io.stderr.write(timeReport(Math.max(0, it.fs.clock() - started), form));
  return r;
}
