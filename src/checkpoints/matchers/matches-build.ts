// matchesBuild — an image is what a workspace Dockerfile builds with given options (-f, context,
// --build-arg, --target): the same base layers, the same steps, the same configuration. Compared by
// steps and config rather than layer digests, since files a rebuild writes get new timestamps.
import { z } from 'zod';
import { missing, notYet, pass, type Verdict } from '../context.ts';
import { defineMatcher } from '../matcher.ts';
import { imageRef, noImage, resolveImage } from '../params.ts';
import { buildOn, buildSpec, memoized, outcomeKey, readWorkspace, type BuildOutcome } from './throwaway-build.ts';

// The config fields that make two images behave alike (Created, hostnames and timestamps left out).
const FIELDS = ['Cmd', 'Entrypoint', 'Env', 'WorkingDir', 'User', 'ExposedPorts', 'Volumes', 'Labels', 'StopSignal', 'Shell', 'Healthcheck', 'OnBuild'] as const;

const steps = (history: readonly { created_by?: string }[] = []) => history.map((h) => (h.created_by ?? '').replace(/ # buildkit$/, ''));

/** Passes when the image has the layers count, steps and config of a throwaway build of the spec. */
export const matchesBuild = defineMatcher({
  name: 'matchesBuild',
  description: 'An image is what the workspace Dockerfile builds with the given options (file, context, build arguments, target): same steps and same configuration.',
  params: z.strictObject({ ref: imageRef('The image the learner built'), ...buildSpec }),
  example: { ref: 'shell:v1', path: 'hello/Dockerfile.shell', context: 'hello' },
  check({ ref, ...spec }, ctx): Verdict | Promise<Verdict> {
    const id = resolveImage(ctx.engine, ref);
    if (!id) return missing(noImage(ref));
    const workspace = readWorkspace(ctx, spec);
    if ('missing' in workspace) return missing(workspace.missing);
    const how = `docker build ${spec.context !== undefined || workspace.dockerfileName !== 'Dockerfile' ? `-f ${workspace.shown} ` : ''}${Object.entries(spec.args)
      .map(([k, v]) => `--build-arg ${k}=${v} `)
      .join('')}${spec.target ? `--target ${spec.target} ` : ''}${workspace.contextShown.replace(/\/$/, '') || '.'}`;
    const verdict = (o: BuildOutcome): Verdict => {
      if (!o.ok) return notYet(`${workspace.shown} does not build yet: ${o.why}.`);
      const have = ctx.engine.imageInspect(id);
      const wantSteps = steps(o.config.history);
      const haveSteps = steps(ctx.engine.imageHistory(id).map((h) => ({ created_by: h.CreatedBy })).reverse());
      if (wantSteps.join('\n') !== haveSteps.join('\n') || (have.RootFS.Layers ?? []).length !== o.config.rootfs.diff_ids.length) {
        const first = wantSteps.findIndex((s, i) => s !== haveSteps[i]);
        const differs = first >= 0 ? wantSteps[first] : haveSteps[wantSteps.length];
        return notYet(`${ref} is not what ${how} builds now${differs ? `: the step "${differs.slice(0, 70)}" differs` : ''}. Build it again from the file as it is.`);
      }
      const field = FIELDS.find((f) => JSON.stringify(have.Config?.[f] ?? null) !== JSON.stringify(o.config.config[f] ?? null));
      if (field) return notYet(`${ref} has a different ${field} from what ${how} builds now. Build it again from the file as it is.`);
      return pass;
    };
    const outcome = memoized(outcomeKey(ctx, workspace, 'matches'), () => buildOn(ctx.engine.fork(), workspace));
    return outcome instanceof Promise ? outcome.then(verdict) : verdict(outcome);
  },
});
