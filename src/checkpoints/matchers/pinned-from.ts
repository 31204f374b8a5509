// pinnedFrom — every base image of a Dockerfile is pinned: by digest (`@sha256:…`, which can never move)
// or by a full version tag (x.y.z), and optionally the digest names what a reference means right now.
import { z } from 'zod';
import { dockerfileStages } from '../builder-reads.ts';
import { missing, notYet, pass, type Verdict } from '../context.ts';
import { defineMatcher } from '../matcher.ts';
import { imageRef, normalizeReference } from '../params.ts';

/** Passes when each FROM that names an image (not an earlier stage, not scratch) is pinned as asked. */
export const pinnedFrom = defineMatcher({
  name: 'pinnedFrom',
  description: 'The base images of a workspace Dockerfile are pinned by digest (or by a full x.y.z version tag), optionally to the image a reference names now.',
  params: z.strictObject({
    path: z.string().min(1).default('Dockerfile').describe('The Dockerfile, relative to the home directory.'),
    stage: z.enum(['final', 'all']).default('all').describe('"all" stages (default) or only the "final" one.'),
    pin: z.enum(['digest', 'version']).default('digest').describe('"digest": FROM name@sha256:…; "version": a tag with a full x.y.z version (or a digest).'),
    resolvesTo: imageRef('What the pinned base must be').optional().describe('With pin "digest": the reference (in its registry) the digest must name today, e.g. "localhost:5000/team/report:1.0".'),
  }),
  example: { path: 'deploy/Dockerfile', pin: 'digest', resolvesTo: 'localhost:5000/team/report:1.0' },
  check({ path, stage, pin, resolvesTo }, ctx): Verdict {
    const full = path.startsWith('/') ? path : `${ctx.host.home}/${path}`;
    const shown = path.startsWith('/') ? path : `~/${path}`;
    if (!ctx.host.fs.exists(full) || ctx.host.fs.stat(full).type !== 'file') return missing(`There is no file ${shown} yet.`);
    const parsed = dockerfileStages(ctx.host.fs.readText(full));
    if ('error' in parsed) return notYet(`${shown} does not parse: ${parsed.error}`);
    const names = new Set(parsed.stages.map((s) => s.name).filter(Boolean));
    const chosen = stage === 'final' ? parsed.stages.slice(-1) : parsed.stages;
    for (const s of chosen) {
      if (s.from === 'scratch' || names.has(s.from.toLowerCase()) || s.from.includes('$')) continue;
      const digest = /@(sha256:[a-f0-9]{64})$/.exec(s.from)?.[1];
      if (!digest && (pin === 'digest' || !/:[^/]*\d+\.\d+\.\d+/.test(s.from))) {
        return notYet(`FROM ${s.from} in ${shown} is not pinned: a tag can be moved by its publisher; ${pin === 'digest' ? 'a digest (@sha256:…) cannot' : 'pin a full x.y.z version or a digest'}.`);
      }
      if (resolvesTo && digest) {
        const want = normalizeReference(resolvesTo);
        const have = normalizeReference(s.from.replace(/@sha256:.*/, ''));
        const where = want.domain === 'docker.io' ? 'Docker Hub' : want.domain;
        if (have.domain !== want.domain || have.path !== want.path) return notYet(`FROM ${s.from} in ${shown} names ${have.domain}/${have.path}, not ${want.domain}/${want.path}.`);
        const now = ctx.engine.registryImage(want.domain, want.path, want.tag || 'latest');
        if (!now) return notYet(`${where} has no ${resolvesTo} to pin to yet.`);
        if (!ctx.engine.registryImage(want.domain, want.path, digest)) return notYet(`The digest in ${shown} is not in ${where}: copy the digest that registry printed when you pushed.`);
        if (now.digest !== digest && !now.manifests.some((m) => m.digest === digest)) return notYet(`The digest in ${shown} names another image than ${resolvesTo} does today.`);
      }
    }
    return pass;
  },
});
