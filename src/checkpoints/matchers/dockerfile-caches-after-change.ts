// dockerfileCachesAfterChange — the Dockerfile orders its steps so that editing a source file reuses
// the cached dependency steps: build, change the file, build again (in a throwaway daemon), and see
// which steps ran again.
import { z } from 'zod';
import { missing, notYet, pass, type Verdict } from '../context.ts';
import { defineMatcher } from '../matcher.ts';
import { regexString } from '../params.ts';
import { buildSpec, memoized, outcomeKey, readWorkspace, type Workspace } from './throwaway-build.ts';
import { isContextPath, stepsRebuiltAfterEdit } from './rebuild-after-change.ts';
import type { CheckContext } from '../context.ts';

/** Passes when, after changing `file`, a step ran again (the COPY that takes it in) and no step matching `keepCached` did. */
export const dockerfileCachesAfterChange = defineMatcher({
  name: 'dockerfileCachesAfterChange',
  description:
    'After a first build, changing a source file rebuilds only from the COPY that takes it in: the steps that must stay cached (by default every RUN, e.g. installing dependencies) come from the cache.',
  params: z.strictObject({
    ...buildSpec,
    file: z
      .string()
      .min(1)
      .refine(isContextPath, { error: 'file must be relative to the build context, e.g. "app.py"' })
      .describe('The source file that changes, relative to the build context (the Dockerfile\'s directory), e.g. "app.py".'),
    keepCached: regexString('A regular expression over the steps that must stay cached after the change, as the build output shows them without the [n/m] counter, e.g. "^RUN pip install". Default: every RUN step.')
      .default('^RUN\\b')
      .describe('A regular expression over the steps that must stay cached after the change, as the build output shows them without the [n/m] counter, e.g. "^RUN pip install". Default "^RUN\\b": every RUN step.'),
  }),
  example: { file: 'app.py', keepCached: '^RUN pip install' },
  check({ file, keepCached, ...spec }, ctx): Verdict | Promise<Verdict> {
    const workspace = readWorkspace(ctx, spec);
    if ('missing' in workspace) return missing(workspace.missing);
    const outcome = memoized(outcomeKey(ctx, workspace, `caches\0${file}\0${keepCached}`), () => rebuildAfterChange(ctx, workspace, file, keepCached));
    return outcome;
  },
});

// Builds twice on one throwaway daemon, the second time with `file` changed.
async function rebuildAfterChange(ctx: CheckContext, workspace: Workspace, file: string, keepCached: string): Promise<Verdict> {
  const rebuilt = await stepsRebuiltAfterEdit(ctx, workspace, file);
  if (!Array.isArray(rebuilt)) return rebuilt;
  if (rebuilt.length === 0) return notYet(`Changing ${file} rebuilds nothing: no COPY or ADD step takes it into the image yet.`);
  const keep = new RegExp(keepCached);
  const wasted = rebuilt.find((s) => keep.test(s.instruction));
  if (!wasted) return pass;
  return notYet(
    `After ${file} changes, "${wasted.instruction}" runs again instead of coming from the cache, because it comes after "${rebuilt[0].instruction}". Copy only what it needs before it, and the rest of the source after it.`,
  );
}
