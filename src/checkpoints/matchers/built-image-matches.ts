// builtImageMatches — an image check applied to what a workspace Dockerfile builds with given options
// (`--target build`, `--build-arg …`): built in a throwaway daemon, tagged there, and handed to the inner
// image matcher, so "the build stage has gcc" is graded without the learner keeping that image.
import { z } from 'zod';
import { missing, notYet, type Verdict } from '../context.ts';
import { defineMatcher } from '../matcher.ts';
import { runCheck, type CheckData } from './run-check.ts';
import { registeredMatchers } from './registry.ts';
import { buildOn, buildSpec, memoized, outcomeKey, readWorkspace } from './throwaway-build.ts';

// The name the throwaway build is tagged with, which the inner check's `ref` becomes.
const BUILT = 'workbook-check/built:latest';

/** Passes when the workspace builds with the spec and the inner image check passes on the result. */
export const builtImageMatches = defineMatcher({
  name: 'builtImageMatches',
  description: 'What the workspace Dockerfile builds with given options (file, context, build arguments, target) passes an image check (its ref is replaced by the built image).',
  params: z.strictObject({
    build: z.strictObject(buildSpec).describe('How to build: path, context, args, target, as docker build takes them.'),
    check: z
      .strictObject({ matcher: z.string().min(1).describe('An image matcher, e.g. "imageFileContains".'), params: z.record(z.string(), z.unknown()).default({}).describe('Its parameters, without ref.') })
      .refine((c) => registeredMatchers.has(c.matcher), { error: 'unknown matcher' })
      .describe('The image check to apply to the built image.'),
  }),
  example: { build: { path: 'report/Dockerfile', target: 'build' }, check: { matcher: 'imageFileContains', params: { path: '/usr/bin/gcc' } } },
  check({ build, check }, ctx): Verdict | Promise<Verdict> {
    const workspace = readWorkspace(ctx, build);
    if ('missing' in workspace) return missing(workspace.missing);
    const how = `docker build ${build.target ? `--target ${build.target} ` : ''}${Object.entries(build.args).map(([k, v]) => `--build-arg ${k}=${v} `).join('')}`;
    const judge = async (): Promise<Verdict> => {
      const engine = ctx.engine.fork();
      const outcome = await buildOn(engine, workspace);
      if (!outcome.ok) return notYet(`${workspace.shown} does not build ${build.target ? `--target ${build.target} ` : ''}yet: ${outcome.why}.`);
      engine.imageTag(outcome.imageId, BUILT);
      const inner = await runCheck({ ...(check as CheckData), params: { ...check.params, ref: BUILT } }, { ...ctx, engine });
      if (inner.passed) return inner;
      return { ...inner, why: `What ${how}builds: ${inner.why.replaceAll(BUILT, 'that image')}` };
    };
    return memoized(outcomeKey(ctx, workspace, `matches-check\0${JSON.stringify(build)}\0${JSON.stringify(check)}`), judge);
  },
});
