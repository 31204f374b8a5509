// dockerfileBuilds — the workspace Dockerfile builds (`docker build .` would succeed), tried in a
// throwaway daemon so the check never adds images or cache to the learner's machine.
import { z } from 'zod';
import { notYet, pass, type Verdict } from '../context.ts';
import { defineMatcher } from '../matcher.ts';
import { buildOn, memoized, outcomeKey, readWorkspace, throwawayEngine } from './throwaway-build.ts';

/** The Dockerfile path parameter the build matchers share. */
export const dockerfilePath = z
  .string()
  .min(1)
  .default('Dockerfile')
  .describe('The Dockerfile, relative to the workspace (default "Dockerfile"); its directory is the build context, as for docker build . there.');

/** Passes when building the Dockerfile with its directory as the context succeeds. */
export const dockerfileBuilds = defineMatcher({
  name: 'dockerfileBuilds',
  description: 'The workspace Dockerfile builds successfully (docker build in its directory would succeed); tried in a throwaway copy of the engine.',
  params: z.strictObject({ path: dockerfilePath }),
  example: { path: 'Dockerfile' },
  check({ path }, ctx): Verdict | Promise<Verdict> {
    const workspace = readWorkspace(ctx, path);
    if ('missing' in workspace) return notYet(workspace.missing);
    const verdict = (ok: boolean, why: string) => (ok ? pass : notYet(`${workspace.shown} does not build yet: ${why}.`));
    const outcome = memoized(outcomeKey(ctx, workspace, 'builds'), async () => {
      const result = await buildOn(throwawayEngine(ctx.engine), workspace);
      return result.ok ? { ok: true, why: '' } : { ok: false, why: result.why };
    });
    return outcome instanceof Promise ? outcome.then((o) => verdict(o.ok, o.why)) : verdict(outcome.ok, outcome.why);
  },
});
