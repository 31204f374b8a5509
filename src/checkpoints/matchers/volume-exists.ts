// volumeExists — a volume the learner made (`docker volume create`, `-v name:/path`, or an anonymous
// `VOLUME`), and what it holds: the data that outlives the containers that wrote it.
import { z } from 'zod';
import { missing, notYet, pass } from '../context.ts';
import { defineMatcher } from '../matcher.ts';

/** Passes when the named volume exists (and holds a file), or when the count of anonymous volumes is as asked. */
export const volumeExists = defineMatcher({
  name: 'volumeExists',
  description: 'A named volume exists (as docker volume ls lists it), optionally holding a file; or, without a name, how many volumes (anonymous ones only, if asked) exist.',
  params: z
    .strictObject({
      name: z.string().regex(/^[a-zA-Z0-9][a-zA-Z0-9_.-]+$/, { error: 'a volume name: letters, digits, _ . -' }).optional().describe('The volume name, as in -v NAME:/path.'),
      containsFile: z.string().min(1).optional().describe('A file the volume must hold, relative to its root (e.g. "visits") or absolute from it ("/visits").'),
      anonymous: z.boolean().optional().describe('Without name: count only anonymous volumes (true) or only named ones (false).'),
      count: z.number().int().nonnegative().optional().describe('Without name: exactly this many volumes.'),
    })
    .refine((p) => (p.name === undefined) === (p.count !== undefined), { error: 'give either name (with containsFile?) or count (with anonymous?)' })
    .refine((p) => p.name === undefined || p.anonymous === undefined, { error: 'anonymous goes with count, not with name' }),
  example: { name: 'greeter-data', containsFile: 'visits' },
  check({ name, containsFile, anonymous, count }, { engine }) {
    if (name === undefined) {
      const volumes = engine.volumeList().filter((v) => anonymous === undefined || (v.Labels?.['com.docker.volume.anonymous'] !== undefined) === anonymous);
      const kind = anonymous === undefined ? '' : anonymous ? 'anonymous ' : 'named ';
      return volumes.length === count ? pass : notYet(`There ${volumes.length === 1 ? 'is' : 'are'} ${volumes.length} ${kind}volume${volumes.length === 1 ? '' : 's'}, not ${count} (docker volume ls).`);
    }
    const files = engine.volumeFiles(name);
    if (!files) return missing(`There is no volume named ${name} (docker volume ls lists none): -v ${name}:/path makes one when a container starts.`);
    if (containsFile === undefined) return pass;
    const path = containsFile.startsWith('/') ? containsFile : `/${containsFile}`;
    if (!files.exists(path) || files.stat(path).type !== 'file') return notYet(`The volume ${name} has no file ${path.slice(1)}: nothing wrote it into the volume's folder yet.`);
    return pass;
  },
});
