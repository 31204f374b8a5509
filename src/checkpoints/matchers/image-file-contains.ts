// imageFileContains — a file in an image's filesystem exists and has given content (`docker run img cat PATH`).
import { z } from 'zod';
import { missing, notYet, pass } from '../context.ts';
import { defineMatcher } from '../matcher.ts';
import { imageRef, noImage, optionalRegex, resolveImage, imageFiles } from '../params.ts';
import { textMatches } from './text.ts';

/** Passes when PATH is a file in the image (layers stacked, whiteouts applied) with the given content. */
export const imageFileContains = defineMatcher({
  name: 'imageFileContains',
  description: 'A file in the image (all its layers stacked) exists and, optionally, equals, includes or matches given text.',
  params: z.strictObject({
    ref: imageRef('The image to look in'),
    path: z.string().startsWith('/', { error: 'path must be absolute, e.g. "/etc/os-release"' }).describe('The absolute path of the file inside the image.'),
    equals: z.string().optional().describe('The whole content the file must have.'),
    includes: z.string().min(1).optional().describe('Text the file must contain.'),
    matches: optionalRegex('A regular expression the content must match (multi-line: ^ and $ match at each line).'),
  }),
  example: { ref: 'alpine:3.21', path: '/etc/alpine-release', matches: '^3\\.21\\.' },
  check({ ref, path, equals, includes, matches }, { engine }) {
    const id = resolveImage(engine, ref);
    if (!id) return missing(noImage(ref));
    const fs = imageFiles(engine, id);
    if (!fs.exists(path) || fs.stat(path).type !== 'file') return notYet(`The image ${ref} has no file ${path}.`);
    const why = textMatches(fs.readText(path), { equals, includes, matches });
    return why ? notYet(`${path} in ${ref} ${why}.`) : pass;
  },
});
