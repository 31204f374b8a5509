// registryHasTag — a registry has a tag the learner pushed (`docker push learner/app:v1`).
import { z } from 'zod';
import { normalizeReference } from '../../engine/index.ts';
import { missing, notYet, pass } from '../context.ts';
import { defineMatcher } from '../matcher.ts';
import { imageRef, resolveImage } from '../params.ts';

/** Passes when the learner pushed `ref` to Docker Hub (optionally: the same image as a local name). */
export const registryHasTag = defineMatcher({
  name: 'registryHasTag',
  description: 'A registry has a tag the learner pushed there (Docker Hub for now), optionally the same image as a local one.',
  params: z.strictObject({
    ref: imageRef('The pushed name with its tag, e.g. "learner/app:v1" (Docker Hub)').refine((ref) => normalizeReference(ref).domain === 'docker.io', {
      error: 'only Docker Hub names can be checked so far (self-hosted registries such as localhost:5000 are not simulated yet)',
    }),
    sameAs: imageRef('A local image the pushed one must be (same image ID)').optional().describe('A local image the pushed one must be (same image ID), as a learner would type it.'),
  }),
  example: { ref: 'learner/app:v1', sameAs: 'learner/app:v1' },
  check({ ref, sameAs }, { engine }) {
    const name = normalizeReference(ref);
    const tag = name.tag || 'latest';
    const pushed = engine.hubPushed(name.path, tag);
    if (!pushed) return notYet(`Docker Hub has no ${ref} from you yet.`);
    if (sameAs) {
      const local = resolveImage(engine, sameAs);
      if (!local) return missing(`${sameAs} is not on this machine to compare with what you pushed.`);
      if (!pushed.manifests.some((m) => m.configDigest === local)) return notYet(`The ${ref} on Docker Hub is not the same image as your local ${sameAs}: push it again.`);
    }
    return pass;
  },
});
