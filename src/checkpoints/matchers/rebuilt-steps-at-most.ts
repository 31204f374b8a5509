// rebuiltStepsAtMost — after an edit to one source file, at most N build steps run again (the rest come
// from the cache), and optionally some step must be among them: how cache-friendly a Dockerfile is.
import { z } from 'zod';
import { missing, notYet, pass, type Verdict } from '../context.ts';
import { defineMatcher } from '../matcher.ts';
import { optionalRegex } from '../params.ts';
import { isContextPath, stepsRebuiltAfterEdit } from './rebuild-after-change.ts';
import { buildSpec, memoized, outcomeKey, readWorkspace } from './throwaway-build.ts';

/** Passes when editing `change` reruns between 1 and `max` steps (and one matching `mustRebuild`, if given). */
export const rebuiltStepsAtMost = defineMatcher({
  name: 'rebuiltStepsAtMost',
  description: 'Build, edit one source file, build again (in a throwaway daemon): at most N steps run again instead of coming from the cache.',
  params: z.strictObject({
    ...buildSpec,
    change: z.string().min(1).refine(isContextPath, { error: 'change must be relative to the build context, e.g. "src/app.sh"' }).describe('The file that is edited, relative to the build context.'),
    max: z.number().int().positive().describe('At most this many steps (FROM aside) may run again.'),
    mustRebuild: optionalRegex('A regular expression over a step that must run again (the COPY that takes the file in), e.g. "^COPY src".'),
  }),
  example: { path: 'report/Dockerfile', change: 'src/report.sh', max: 2 },
  check({ change, max, mustRebuild, ...spec }, ctx): Verdict | Promise<Verdict> {
    const workspace = readWorkspace(ctx, spec);
    if ('missing' in workspace) return missing(workspace.missing);
    const judge = async (): Promise<Verdict> => {
      const rebuilt = await stepsRebuiltAfterEdit(ctx, workspace, change);
      if (!Array.isArray(rebuilt)) return rebuilt;
      if (rebuilt.length === 0) return notYet(`Changing ${change} rebuilds nothing: no step takes it into the image yet.`);
      if (rebuilt.length > max) return notYet(`After ${change} changes, ${rebuilt.length} steps run again (from "${rebuilt[0].instruction.slice(0, 60)}" on); at most ${max} should.`);
      if (mustRebuild && !rebuilt.some((s) => new RegExp(mustRebuild).test(s.instruction))) return notYet(`After ${change} changes, no step matching /${mustRebuild}/ runs again.`);
      return pass;
    };
    return memoized(outcomeKey(ctx, workspace, `rebuilt\0${change}\0${max}\0${mustRebuild ?? ''}`), judge);
  },
});
