// Evaluates a lesson's checkpoints against the session: each check of a checkpoint must pass.
// Most matchers read state synchronously; a few (a throwaway build) answer with a Promise, which the
// evaluator awaits; those cache their result by content, so an unchanged workspace answers at once.
import type { CheckpointSpec, CheckResult } from '../protocol/session.ts';
import type { CheckContext, CommandRecord } from './context.ts';
import { runCheck } from './matchers/run-check.ts';
import './matchers/index.ts'; // fills the matcher registry

export { runCheck } from './matchers/run-check.ts';

/** The state of every checkpoint now, awaiting checks that run something: the first unmet check gives the "why not yet". */
export async function evaluateCheckpointsAsync(specs: readonly CheckpointSpec[], ctx: CheckContext): Promise<CheckResult[]> {
  await ctx.engine.preload(); // Docker Hub's catalog and the builder, which some matchers read
  const results: CheckResult[] = [];
  for (const spec of specs) {
    let why: string | undefined;
    for (const check of spec.checks) {
      const verdict = await runCheck(check, ctx);
      if (!verdict.passed) {
        why = verdict.why;
        break;
      }
    }
    if (why !== undefined) why = hintFromLog(spec, ctx.log) ?? why;
    results.push(why === undefined ? { id: spec.id, title: spec.title, passed: true } : { id: spec.id, title: spec.title, passed: false, why });
  }
  return results;
}

/**
 * A near-miss that leaves no state behind (`docker build Dockerfile` fails and builds nothing) can
 * only be seen in the log: the latest failed command that matches one of the checkpoint's
 * `whyFromLog` patterns supplies the hint, while the checkpoint is unmet.
 */
export function hintFromLog(spec: Pick<CheckpointSpec, 'whyFromLog'>, log: readonly CommandRecord[]): string | undefined {
  if (!spec.whyFromLog?.length) return undefined;
  for (let i = log.length - 1; i >= 0; i--) {
    const record = log[i];
    if (record.exitCode === 0) continue;
    const hit = spec.whyFromLog.find((w) => new RegExp(w.pattern).test(record.line.trim()));
    if (hit) return hit.hint;
  }
  return undefined;
}
