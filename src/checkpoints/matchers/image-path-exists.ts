// imagePathExists — a path is in an image's filesystem (its layers stacked, whiteouts applied), as a
// file, a directory or a symlink: `docker run --rm IMAGE ls -ld PATH` without running anything.
import { z } from 'zod';
import { missing, notYet, pass } from '../context.ts';
import { defineMatcher } from '../matcher.ts';
import { imageRef, noImage, resolveImage, imageFiles } from '../params.ts';

const WORDS = { file: 'a file', dir: 'a directory', symlink: 'a symbolic link' } as const;

/** An absolute path inside an image or container. */
export const absolutePath = (what: string) =>
  z.string().startsWith('/', { error: 'path must be absolute, e.g. "/usr/bin/curl"' }).describe(what);

/** Passes when PATH exists in the image (of the given kind, when given; a symlink is not followed). */
export const imagePathExists = defineMatcher({
  name: 'imagePathExists',
  description: 'A path exists in the image\'s filesystem (all layers stacked, deleted files gone), optionally as a file, directory or symlink.',
  params: z.strictObject({
    ref: imageRef('The image to look in'),
    path: absolutePath('The absolute path inside the image.'),
    kind: z.enum(['file', 'dir', 'symlink']).optional().describe('What it must be: file, dir or symlink (any when absent).'),
  }),
  example: { ref: 'tools:v1', path: '/usr/bin/curl', kind: 'file' },
  check({ ref, path, kind }, { engine }) {
    const id = resolveImage(engine, ref);
    if (!id) return missing(noImage(ref));
    const fs = imageFiles(engine, id);
    if (!fs.lexists(path)) return notYet(`The image ${ref} has nothing at ${path}.`);
    const type = fs.lstat(path).type;
    if (kind && type !== kind) return notYet(`${path} in ${ref} is ${WORDS[type as keyof typeof WORDS] ?? type}, not ${WORDS[kind]}.`);
    return pass;
  },
});
