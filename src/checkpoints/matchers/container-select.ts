// Which containers a container check is about: one by name (`--name web`), or every container of an
// image (`docker ps --filter ancestor=nginx`, which also counts images built FROM it).
import { z } from 'zod';
import type { ContainerSummary, EngineReads } from '../../engine/index.ts';
import { imageRef } from '../params.ts';

/** The `name` / `ancestor` parameters every container matcher takes: give exactly one. */
export const containerTarget = {
  name: z
    .string()
    .regex(/^\/?[a-zA-Z0-9][a-zA-Z0-9_.-]*$/, { error: 'not a valid container name (letters, digits, _ . -), e.g. "web"' })
    .optional()
    .describe('The container\'s name, as given with docker run --name (e.g. "web").'),
  ancestor: imageRef('Any container of this image (or of an image built FROM it)').optional().describe('Any container of this image (or of an image built FROM it), as a learner would type it, e.g. "nginx:alpine".'),
};

/** The refinement that makes exactly one of name and ancestor required. */
export const oneTarget = [
  (p: { name?: string; ancestor?: string }) => (p.name === undefined) !== (p.ancestor === undefined),
  { error: 'give exactly one of name or ancestor' },
] as const;

/** The containers the check is about, newest first (all states, as `docker ps -a`). */
export function selectContainers(engine: EngineReads, target: { name?: string; ancestor?: string }): ContainerSummary[] {
  if (target.name !== undefined) {
    const name = target.name.startsWith('/') ? target.name : `/${target.name}`;
    return engine.containerList({ all: true }).filter((c) => c.Names.includes(name));
  }
  try {
    return engine.containerList({ all: true, filters: { ancestor: [target.ancestor!] } });
  } catch {
    return []; // the image is not here, so neither are its containers
  }
}

/** The target in the learner's words: `a container named web` / `a container of nginx:alpine`. */
export function describeTarget(target: { name?: string; ancestor?: string }): string {
  return target.name !== undefined ? `a container named ${target.name.replace(/^\//, '')}` : `a container of ${target.ancestor}`;
}

/** `web` / `nginx:alpine`, for "web is exited" sentences. */
export function containerLabel(c: ContainerSummary): string {
  return c.Names[0]?.replace(/^\//, '') ?? c.Id.slice(0, 12);
}
