// fileExists — a file or directory in the learner's workspace on the host (e.g. a Dockerfile they wrote).
import { z } from 'zod';
import { notYet, pass } from '../context.ts';
import { defineMatcher } from '../matcher.ts';
import { optionalRegex } from '../params.ts';
import { textMatches } from './text.ts';

/** Passes when PATH (relative to the workspace, the learner's home) exists with the given kind and content. */
export const fileExists = defineMatcher({
  name: 'fileExists',
  description: 'A file or directory exists in the learner\'s workspace (their home directory), optionally with given content.',
  params: z.strictObject({
    path: z.string().min(1).describe('The path, relative to the workspace ("app/Dockerfile") or absolute ("/home/learner/Dockerfile").'),
    kind: z.enum(['file', 'directory']).default('file').describe('Whether it must be a file (the default) or a directory.'),
    equals: z.string().optional().describe('The whole content the file must have.'),
    includes: z.string().min(1).optional().describe('Text the file must contain.'),
    matches: optionalRegex('A regular expression the content must match (multi-line: ^ and $ match at each line).'),
  }),
  example: { path: 'Dockerfile', includes: 'FROM alpine' },
  check({ path, kind, equals, includes, matches }, { host }) {
    const full = path.startsWith('/') ? path : `${host.home}/${path}`;
    const shown = path.startsWith('/') ? path : `~/${path}`;
    if (!host.fs.exists(full)) return notYet(`There is no ${kind} ${shown} yet.`);
    const type = host.fs.stat(full).type;
    if (kind === 'directory') return type === 'dir' ? pass : notYet(`${shown} is not a directory.`);
    if (type !== 'file') return notYet(`${shown} is a directory, not a file.`);
    const why = textMatches(host.fs.readText(full), { equals, includes, matches });
    return why ? notYet(`${shown} ${why}.`) : pass;
  },
});
