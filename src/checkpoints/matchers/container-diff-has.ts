// containerDiffHas — `docker diff CONTAINER` lists a path as Added, Changed or Deleted: what a
// container's own writable layer holds on top of its image.
import { z } from 'zod';
import { missing, notYet, pass } from '../context.ts';
import { defineMatcher } from '../matcher.ts';
import { containerLabel, containerTarget, describeTarget, oneTarget, selectContainers } from './container-select.ts';

const KINDS = { C: 0, A: 1, D: 2 } as const;
const WORDS = { A: 'added', C: 'changed', D: 'deleted' } as const;

/** Passes when some selected container's `docker diff` has `kind path`. */
export const containerDiffHas = defineMatcher({
  name: 'containerDiffHas',
  description: 'A container\'s docker diff lists a path as A (added), C (changed) or D (deleted).',
  params: z
    .strictObject({
      ...containerTarget,
      path: z.string().startsWith('/', { error: 'path must be absolute, e.g. "/tmp/hello.txt"' }).describe('The absolute path inside the container, as docker diff prints it.'),
      kind: z.enum(['A', 'C', 'D']).describe('How docker diff marks it: A added, C changed (also a directory holding a change), D deleted.'),
    })
    .refine(...oneTarget),
  example: { name: 'scratchpad', path: '/tmp/hello.txt', kind: 'A' },
  check({ name, ancestor, path, kind }, { engine }) {
    const found = selectContainers(engine, { name, ancestor });
    if (found.length === 0) return missing(`There is no ${describeTarget({ name, ancestor }).slice(2)} yet.`);
    const wanted = path.length > 1 ? path.replace(/\/+$/, '') : path;
    let other: string | undefined;
    for (const c of found) {
      const hit = engine.containerChanges(c.Id).find((ch) => ch.Path === wanted);
      if (hit?.Kind === KINDS[kind]) return pass;
      if (hit) other ??= `${containerLabel(c)} has ${wanted} ${WORDS[(Object.keys(KINDS) as (keyof typeof KINDS)[]).find((k) => KINDS[k] === hit.Kind)!]}, not ${WORDS[kind]}`;
    }
    if (other) return notYet(`${other} (docker diff shows it).`);
    return notYet(`docker diff ${containerLabel(found[0])} does not show ${wanted} as ${WORDS[kind]} yet.`);
  },
});
