// pushedToRegistry — a registry holds a tag the learner pushed: Docker Hub, or their own registry:2
// container behind localhost:PORT, optionally the same image as a local one (compared by config digest).
import { z } from 'zod';
import { missing, notYet, pass, type CheckContext, type Verdict } from '../context.ts';
import { defineMatcher } from '../matcher.ts';
import { imageRef, normalizeReference, resolveImage } from '../params.ts';

/** `{user}` in a Hub reference stands for any account the learner created with docker login. */
const USER = '{user}';

/** The references `ref` may mean: itself, or one per Hub account when it names `{user}`. */
function candidates(ctx: CheckContext, ref: string): string[] {
  if (!ref.startsWith(`${USER}/`)) return [ref];
  return ctx.engine.hubUsers().map((u) => u + ref.slice(USER.length));
}

/** Passes when the registry the reference names holds its tag (and, with sameAs, the same image as a local one). */
export const pushedToRegistry = defineMatcher({
  name: 'pushedToRegistry',
  description: 'A registry holds a tag the learner pushed: Docker Hub, or a registry:2 container on localhost:PORT; optionally the same image as a local one.',
  params: z.strictObject({
    ref: z
      .string()
      .min(1)
      .refine((r) => r.startsWith(`${USER}/`) || imageRef().safeParse(r).success, { error: 'not a valid image reference (or {user}/repo:tag)' })
      .describe('The pushed name with its tag: "localhost:5000/team/app:1.0", or "{user}/app:1.0" for the learner\'s own Docker Hub account.'),
    sameAs: imageRef('A local image the pushed one must be').optional().describe('A local image the pushed one must be (same image ID), as a learner would type it.'),
  }),
  example: { ref: 'localhost:5000/team/report:1.0', sameAs: 'report:v3' },
  check({ ref, sameAs }, ctx): Verdict {
    const local = sameAs === undefined ? undefined : resolveImage(ctx.engine, sameAs);
    if (sameAs !== undefined && !local) return missing(`${sameAs} is not on this machine to compare with what you pushed.`);
    const names = candidates(ctx, ref);
    if (names.length === 0) return notYet(`You have no Docker Hub account yet: docker login creates one here, and only your own namespace takes pushes.`);
    let wrong: string | undefined;
    for (const name of names) {
      const r = normalizeReference(name);
      const where = r.domain === 'docker.io' ? 'Docker Hub' : `the registry at ${r.domain}`;
      const image = ctx.engine.registryImage(r.domain, r.path, r.tag || 'latest');
      if (!image) {
        wrong ??= r.domain !== 'docker.io' && !reachable(ctx, r.domain) ? `Nothing serves a registry at ${r.domain}: run one with its port published.` : `${where} has no ${name} yet.`;
        continue;
      }
      if (local && !image.manifests.some((m) => m.configDigest === local)) {
        wrong = `The ${name} in ${where} is not the same image as your local ${sameAs}: tag that image and push it again.`;
        continue;
      }
      return pass;
    }
    return notYet(wrong!);
  },
});

// Whether localhost:PORT leads to a container with a program listening.
function reachable(ctx: CheckContext, domain: string): boolean {
  const m = /:(\d+)$/.exec(domain);
  return !!m && !!ctx.engine.publishedPort(Number(m[1]))?.listening;
}
