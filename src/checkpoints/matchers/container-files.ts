// containerDiffExactly / containerFileContains — a container's own writable layer, read as `docker diff`
// lists it, and a file as a process in the container sees it (its image's layers plus that layer).
import { z } from 'zod';
import { missing, notYet, pass } from '../context.ts';
import { defineMatcher } from '../matcher.ts';
import { optionalRegex, regexString, type EngineReads } from '../params.ts';
import { absolutePath } from './image-path-exists.ts';
import { containerLabel, selectContainers } from './container-select.ts';
import { textMatches } from './text.ts';

const KIND_LETTER = ['C', 'A', 'D'] as const;
const containerName = z
  .string()
  .regex(/^\/?[a-zA-Z0-9][a-zA-Z0-9_.-]*$/, { error: 'not a valid container name (letters, digits, _ . -), e.g. "lab"' })
  .describe('The container\'s name, as given with docker run --name.');

const entry = z
  .string()
  .regex(/^[ACD] \/\S*$/, { error: 'an entry is a docker diff line: "A /path", "C /path" or "D /path"' })
  .describe('A docker diff line: "A /srv/notes.txt", "C /etc/motd" or "D /etc/issue".');

/** Passes when `docker diff NAME` lists exactly `entries` (ignoring the C lines of parent directories, when asked). */
export const containerDiffExactly = defineMatcher({
  name: 'containerDiffExactly',
  description: 'docker diff of a container lists exactly these entries (A added, C changed, D deleted), in any order.',
  params: z.strictObject({
    name: containerName,
    entries: z.array(entry).min(1).describe('The docker diff lines, in any order.'),
    ignoreParentDirs: z.boolean().default(true).describe('Ignore "C /dir" lines for directories that only hold another entry (default true).'),
    ignore: z.array(regexString('A regular expression over a path.')).default([]).describe('Paths to leave out, e.g. "^/root/\\.ash_history$" (an interactive shell writes it).'),
  }),
  example: { name: 'lab', entries: ['A /srv/notes.txt', 'C /etc/motd', 'D /etc/issue'] },
  check({ name, entries, ignoreParentDirs, ignore }, { engine }) {
    const [container] = selectContainers(engine, { name });
    if (!container) return missing(`There is no container named ${name} yet (docker ps -a lists none).`);
    const all = engine.containerChanges(container.Id).map((c) => `${KIND_LETTER[c.Kind]} ${c.Path}`);
    const ignored = ignore.map((r) => new RegExp(r));
    let have = all.filter((h) => !ignored.some((re) => re.test(h.slice(2))));
    const isParent = (line: string, among: string[]) => line.startsWith('C ') && among.some((o) => o !== line && o.slice(2).startsWith(`${line.slice(2)}/`));
    const want = ignoreParentDirs ? entries.filter((e) => !isParent(e, entries)) : entries;
    if (ignoreParentDirs) have = have.filter((h) => !isParent(h, all) || want.includes(h));
    const extra = have.filter((h) => !want.includes(h));
    const lacking = want.filter((w) => !have.includes(w));
    if (!extra.length && !lacking.length) return pass;
    const parts = [lacking.length ? `it does not show ${lacking.join(', ')}` : '', extra.length ? `it also shows ${extra.join(', ')}` : ''].filter(Boolean);
    return notYet(`docker diff ${containerLabel(container)} is not as asked yet: ${parts.join('; ')}.`);
  },
});

/** Passes when PATH in the container is a file with the given content. */
export const containerFileContains = defineMatcher({
  name: 'containerFileContains',
  description: 'A file in a container (its image\'s layers plus its own writable layer) exists and, optionally, includes, matches or equals text.',
  params: z.strictObject({
    name: containerName,
    path: absolutePath('The absolute path inside the container.'),
    equals: z.string().optional().describe('The whole content the file must have.'),
    includes: z.string().min(1).optional().describe('Text the file must contain.'),
    matches: optionalRegex('A regular expression the content must match (multi-line: ^ and $ match at each line).'),
  }),
  example: { name: 'control', path: '/etc/issue', includes: 'Alpine' },
  check({ name, path, equals, includes, matches }, { engine }) {
    const [summary] = selectContainers(engine, { name });
    if (!summary) return missing(`There is no container named ${name} yet (docker ps -a lists none).`);
    const text = containerFileText(engine, summary.Id, path);
    if (text === undefined) return notYet(`${name} has no file ${path} any more.`);
    const why = textMatches(text, { equals, includes, matches });
    return why ? notYet(`${path} in ${name} ${why}.`) : pass;
  },
});

// A file's text as `docker cp CONTAINER:PATH -` reads it (symlinks followed), or undefined when it is no file.
function containerFileText(engine: EngineReads, id: string, path: string): string | undefined {
  try {
    const archive = engine.containerArchiveGet(id, path);
    const entry = archive.entries.find((e) => e.type === 'file');
    return archive.isDir || !entry?.data ? undefined : new TextDecoder().decode(entry.data);
  } catch {
    return undefined; // no such path in the container
  }
}
