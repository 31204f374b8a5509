// dockerfileBuilds — the workspace Dockerfile builds (`docker build .` would succeed), tried in a
// throwaway daemon so the check never adds images or cache to the learner's machine.
import { z } from 'zod';
import { missing, notYet, pass, type Verdict } from '../context.ts';
import { defineMatcher } from '../matcher.ts';
import { buildOn, buildSpec, memoized, outcomeKey, readWorkspace } from './throwaway-build.ts';

/** Passes when building the Dockerfile with its directory as the context succeeds. */
export const dockerfileBuilds = defineMatcher({
  name: 'dockerfileBuilds',
  description: 'The workspace Dockerfile builds successfully (docker build in its directory would succeed); tried in a throwaway copy of the engine.',
  params: z.strictObject({ ...buildSpec }),
  example: { path: 'Dockerfile' },
  check(spec, ctx): Verdict | Promise<Verdict> {
    const workspace = readWorkspace(ctx, spec);
    if ('missing' in workspace) return missing(workspace.missing);
    const verdict = (ok: boolean, why: string) => (ok ? pass : notYet(`${workspace.shown} does not build yet: ${why}.`));
    const outcome = memoized(outcomeKey(ctx, workspace, 'builds'), async () => {
      const result = await buildOn(ctx.engine.fork(), workspace);
      return result.ok ? { ok: true, why: '' } : { ok: false, why: result.why };
    });
    return outcome instanceof Promise ? outcome.then((o) => verdict(o.ok, o.why)) : verdict(outcome.ok, outcome.why);
  },
});
