// contextExcludes — what a build context sends after .dockerignore, as the builder receives it: paths
// that must stay out (secrets, clutter), paths that must still go, and an optional size budget.
import { z } from 'zod';
import { missing, notYet, pass, type Verdict } from '../context.ts';
import { defineMatcher } from '../matcher.ts';
import { contextAfterIgnore } from '../builder-reads.ts';

const relPath = z
  .string()
  .min(1)
  .refine((p) => !p.startsWith('/') && !p.split('/').includes('..'), { error: 'give a path relative to the context, e.g. ".env" or "notes/draft.md"' });

/** Passes when each excluded path is left out of the context, each included path is sent, and the bytes fit. */
export const contextExcludes = defineMatcher({
  name: 'contextExcludes',
  description: 'The build context of a directory, after its .dockerignore, leaves out some paths and still sends others (as docker build DIR would transfer it).',
  params: z.strictObject({
    dir: z.string().min(1).describe('The context directory, relative to the home directory ("site").'),
    excluded: z.array(relPath).min(1).describe('Paths (files or folders) that must not be sent, relative to the context.'),
    included: z.array(relPath).default([]).describe('Paths that must still be sent.'),
    maxBytes: z.number().int().positive().optional().describe('At most this many bytes of files sent (transferring context: …).'),
  }),
  example: { dir: 'site', excluded: ['.env', 'node_modules'], included: ['index.html'] },
  check({ dir, excluded, included, maxBytes }, ctx): Verdict {
    const full = dir.startsWith('/') ? dir : `${ctx.host.home}/${dir}`;
    const shown = dir.startsWith('/') ? dir : `~/${dir}`;
    if (!ctx.host.fs.exists(full) || ctx.host.fs.stat(full).type !== 'dir') return missing(`There is no directory ${shown} yet.`);
    const sent = contextAfterIgnore(ctx.host.fs, full);
    if ('error' in sent) return notYet(`${shown}/.dockerignore has a pattern the builder rejects: ${sent.error}`);
    const leaked = excluded.find((p) => sent.has(p));
    if (leaked) return notYet(`docker build ${dir} still sends ${leaked}${ctx.host.fs.exists(`${full}/.dockerignore`) ? ': no line of .dockerignore excludes it' : ': there is no .dockerignore in the context'}.`);
    const lost = included.find((p) => !sent.has(p));
    if (lost) return notYet(`docker build ${dir} no longer sends ${lost}: a .dockerignore line excludes it too.`);
    if (maxBytes !== undefined && sent.bytes > maxBytes) return notYet(`docker build ${dir} sends ${sent.bytes} bytes; at most ${maxBytes}.`);
    return pass;
  },
});
