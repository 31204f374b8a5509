// builtImageHas — the image the workspace Dockerfile builds has a config value (CMD, ENV, EXPOSE,
// WORKDIR, USER …): imageConfigHas on a throwaway build, so it grades the Dockerfile as it is now.
import { z } from 'zod';
import { missing, notYet, type Verdict } from '../context.ts';
import { defineMatcher } from '../matcher.ts';
import { imageRef } from '../params.ts';
import { CONFIG_FIELDS, configVerdict } from './image-config-has.ts';
import { buildOn, buildSpec, memoized, outcomeKey, readWorkspace, type BuildOutcome } from './throwaway-build.ts';

/** Passes when the Dockerfile builds and the image's Config.<field> equals `equals` or contains `contains`. */
export const builtImageHas = defineMatcher({
  name: 'builtImageHas',
  description: 'The image the workspace Dockerfile builds (tried in a throwaway copy of the engine) has a config value, as imageConfigHas checks it.',
  params: z
    .strictObject({
      ...buildSpec,
      tag: imageRef('The name the lesson has the learner build it as (docker build -t app .), used in the "why not yet" text'),
      field: z.enum(CONFIG_FIELDS).describe(`The config field: ${CONFIG_FIELDS.join(', ')}.`),
      equals: z
        .union([z.string(), z.array(z.string()), z.record(z.string(), z.string())])
        .optional()
        .describe('The whole value: a string for WorkingDir and User; an object for Labels; a list for the rest (Env "KEY=value", Cmd/Entrypoint argv, ExposedPorts "80/tcp", Volumes paths).'),
      contains: z.string().optional().describe('One item: an Env "KEY=value" (or "KEY"), a Cmd/Entrypoint argument, a port ("80" means "80/tcp"), a volume path, a label, or a substring of WorkingDir/User.'),
    })
    .refine((p) => (p.equals === undefined) !== (p.contains === undefined), { error: 'give exactly one of equals or contains' }),
  example: { tag: 'app', field: 'Cmd', equals: ['python', 'app.py'] },
  check({ tag, field, equals, contains, ...spec }, ctx): Verdict | Promise<Verdict> {
    const workspace = readWorkspace(ctx, spec);
    if ('missing' in workspace) return missing(workspace.missing);
    const verdict = (o: BuildOutcome): Verdict =>
      o.ok ? configVerdict(tag, o.config.config, { field, equals, contains }) : notYet(`${workspace.shown} does not build yet: ${o.why}.`);
    const outcome = memoized(outcomeKey(ctx, workspace, 'config'), () => buildOn(ctx.engine.fork(), workspace));
    return outcome instanceof Promise ? outcome.then(verdict) : verdict(outcome);
  },
});
