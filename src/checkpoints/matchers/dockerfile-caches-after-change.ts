// dockerfileCachesAfterChange — the Dockerfile orders its steps so that editing a source file reuses
// the cached dependency steps: build, change the file, build again (in a throwaway daemon), and see
// which steps ran again.
import { z } from 'zod';
import { Vfs } from '../../vfs/vfs.ts';
import { cloneNode } from '../../vfs/vfs.ts';
import { missing, notYet, pass, type Verdict } from '../context.ts';
import { defineMatcher } from '../matcher.ts';
import { regexString } from '../params.ts';
import { buildOn, buildSpec, memoized, outcomeKey, readWorkspace, throwawayEngine, type Workspace } from './throwaway-build.ts';
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
      .refine((f) => !f.startsWith('/') && !f.split('/').includes('..'), { error: 'file must be relative to the build context, e.g. "app.py"' })
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
  const fs = new Vfs(cloneNode(workspace.context));
  const inContext = `/${file}`;
  const shownFile = `${workspace.contextShown}${file}`;
  if (!fs.exists(inContext) || fs.stat(inContext).type !== 'file') return missing(`There is no file ${shownFile} yet.`);
  const engine = throwawayEngine(ctx.engine);
  const first = await buildOn(engine, workspace);
  if (!first.ok) return notYet(`${workspace.shown} does not build yet: ${first.why}.`);
  const data = fs.readFile(inContext);
  const changed = new Uint8Array(data.length + 1);
  changed.set(data);
  changed[data.length] = 0x0a; // one more newline: new content, as an edit would make
  fs.writeFile(inContext, changed);
  const second = await buildOn(engine, workspace, fs.root);
  if (!second.ok) return notYet(`${workspace.shown} does not build after ${file} changes: ${second.why}.`);
  const rebuilt = second.steps.filter((s) => !s.cached && !/^FROM\b/.test(s.instruction));
  if (rebuilt.length === 0) return notYet(`Changing ${file} rebuilds nothing: no COPY or ADD step takes it into the image yet.`);
  const keep = new RegExp(keepCached);
  const wasted = rebuilt.find((s) => keep.test(s.instruction));
  if (!wasted) return pass;
  return notYet(
    `After ${file} changes, "${wasted.instruction}" runs again instead of coming from the cache, because it comes after "${rebuilt[0].instruction}". Copy only what it needs before it, and the rest of the source after it.`,
  );
}
