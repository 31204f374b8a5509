// Small layer helpers the application images share: the empty layer BuildKit commits for a WORKDIR,
// single real text files (COPY of an entrypoint), ownership, and re-dating a base's history.
import type { EmptyHistory, LayerRecipe } from './types.ts';
import type { TarEntry } from '../../../vfs/tar/entry.ts';
import { BUILDKIT, layer } from './steps.ts';

// One array for every empty layer, so materialize packs it once (its diffID is the well-known
// sha256:5f70bf18…, the 1024 zero bytes of an empty tar, as on Docker Hub).
const EMPTY: TarEntry[] = [];

/** A layer with no files, as BuildKit commits for `WORKDIR /data` (history shows 0B). */
export function emptyLayer(createdBy: string, created: string): LayerRecipe {
  return { files: EMPTY, compressRatio: 1, createdBy, comment: BUILDKIT, created };
}

/** `COPY <name> <dir>/ # buildkit`: one real text file (an entrypoint script) in `dir`. */
export function copyText(createdBy: string, created: string, path: string, text: string, mode = 0o775): LayerRecipe {
  return layer({ createdBy, created, ratio: 0.55, build: (t) => t.file(path, text, mode) });
}

/** Gives the entries under `prefix` (or exactly `prefix`) to a user, as a `chown` in the Dockerfile does. */
export function chownEntries(entries: TarEntry[], prefix: string, uid: number, gid: number): TarEntry[] {
  const clean = prefix.replace(/^\/+|\/+$/g, '');
  for (const e of entries) if (e.path === clean || e.path.startsWith(clean + '/')) Object.assign(e, { uid, gid });
  return entries;
}

/**
 * A base's steps dated `created`: the same file arrays (so the same layer bytes and diffIDs), as a
 * build with SOURCE_DATE_EPOCH rewrites every history time of the image it makes.
 */
export function redated(steps: (LayerRecipe | EmptyHistory)[], created: string): (LayerRecipe | EmptyHistory)[] {
  return steps.map((s) => ({ ...s, created }));
}

/**
 * The command of a Dockerfile `RUN` as BuildKit records it in history: comment lines dropped and
 * backslash-newline continuations joined, so `RUN set -eux; \` + `\twget …` reads `set -eux; \twget …`.
 */
export function dockerfileCommand(source: string): string {
  return source
    .split('\n')
    .filter((line) => !/^\s*#/.test(line))
    .join('\n')
    .replace(/\\\n/g, '')
    .trim();
}
