// pinnedReferenceFile — a file holds a reference pinned by digest (name@sha256:…) that names what
// another reference names in the registry today, so it keeps meaning that image after the tag moves.
import { z } from 'zod';
import { missing, notYet, pass } from '../context.ts';
import { defineMatcher } from '../matcher.ts';
import { imageRef, normalizeReference } from '../params.ts';
import { workspacePath } from './answer-file-equals.ts';

/** Passes when the file's first line is `repo[:tag]@digest` and that digest is what `sameAs` resolves to on Docker Hub (its index or one platform's manifest). */
export const pinnedReferenceFile = defineMatcher({
  name: 'pinnedReferenceFile',
  description: 'A workspace file holds a digest reference (name@sha256:…) naming the image another reference names on Docker Hub today.',
  params: z.strictObject({
    path: z.string().min(1).describe('The file, relative to the workspace, e.g. "pins.txt".'),
    sameAs: imageRef('The reference whose image it must pin, e.g. "nginx:1.26-alpine"'),
  }),
  example: { path: 'pins.txt', sameAs: 'nginx:1.26-alpine' },
  check({ path, sameAs }, { engine, host }) {
    const { full, shown } = workspacePath(host, path);
    if (!host.fs.exists(full) || host.fs.stat(full).type !== 'file') return missing(`There is no file ${shown} yet.`);
    const line = host.fs.readText(full).split('\n').map((l) => l.trim()).find((l) => l !== '') ?? '';
    if (!line) return notYet(`${shown} is empty.`);
    let named;
    try {
      named = normalizeReference(line);
    } catch {
      return notYet(`${shown} does not hold a valid image reference ("${line}").`);
    }
    if (!named.digest) return notYet(`${line} names a tag, and its publisher can move a tag to another image: only a digest (@sha256:…) always names the same one.`);
    const target = normalizeReference(sameAs);
    if (named.domain !== target.domain || named.path !== target.path) return notYet(`${line} is not in the same repository as ${sameAs}.`);
    const image = engine.hubImage(target.path, target.tag || 'latest');
    if (!image) return missing(`${sameAs} does not exist on Docker Hub (a lesson bug).`);
    const digests = [image.digest, ...image.manifests.map((m) => m.digest)];
    return digests.includes(named.digest) ? pass : notYet(`The digest in ${shown} names a different image from the one ${sameAs} names today.`);
  },
});
