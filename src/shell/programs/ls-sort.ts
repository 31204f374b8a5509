// The order ls lists names in: by name (C locale), or as -S, -t, -v, -X, -U and GNU's --sort=WORD choose.
// GNU takes the last of them given and breaks ties by name; busybox ranks -S over -t over -X over -v.
import type { ProgramContext } from '../../kernel/process.ts';
import type { FsNode } from '../../vfs/types.ts';
import { nodeSize } from '../../vfs/vfs.ts';
import { argmatch } from './argmatch.ts';
import { filevercmp, strverscmp } from './version-compare.ts';
import type { Flavour } from './util.ts';

/** What ls sorts by. */
export type SortKey = 'name' | 'none' | 'size' | 'time' | 'version' | 'extension' | 'width';

const LETTERS: Record<string, SortKey> = { S: 'size', t: 'time', v: 'version', X: 'extension', U: 'none' };
// --sort's words in the order ls --help's complaint lists them.
const WORDS: [string, SortKey][] = [['none', 'none'], ['time', 'time'], ['size', 'size'], ['extension', 'extension'], ['version', 'version'], ['width', 'width']];

/** The sort key the options in `order` (parseFlags') ask for, or undefined once a bad --sort word is reported. */
export function sortKey(ctx: ProgramContext, flavour: Flavour, order: string[]): SortKey | undefined {
  if (flavour === 'busybox') return (['size', 'time', 'extension', 'version'] as SortKey[]).find((k) => order.some((o) => LETTERS[o] === k)) ?? 'name';
  let key: SortKey = 'name';
  for (const o of order) {
    if (o.startsWith('--sort=')) {
      const word = argmatch(ctx, o.slice(7), '--sort', WORDS);
      if (word === undefined) return undefined;
      key = word;
    } else if (LETTERS[o]) key = LETTERS[o];
  }
  return key;
}

const bytes = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
// GNU's extension starts at the last dot (a name without one has none); busybox's likewise.
const extension = (name: string) => (name.includes('.') ? name.slice(name.lastIndexOf('.')) : '');

/** Sorts entries in place by `key`; `reverse` is -r, which --sort=none (-U) ignores. */
export function sortEntries<T extends { name: string; node: FsNode }>(entries: T[], key: SortKey, reverse: boolean, flavour: Flavour): T[] {
  if (key === 'none') return entries;
  const primary = (a: T, b: T): number => {
    switch (key) {
      case 'size': return nodeSize(b.node) - nodeSize(a.node);
      case 'time': return b.node.mtime - a.node.mtime;
      case 'extension': return bytes(extension(a.name), extension(b.name));
      case 'version': return flavour === 'gnu' ? filevercmp(a.name, b.name) : strverscmp(a.name, b.name);
      case 'width': return [...a.name].length - [...b.name].length;
      default: return 0;
    }
  };
  entries.sort((a, b) => {
    const c = primary(a, b) || bytes(a.name, b.name);
    return reverse ? -c : c;
  });
  return entries;
}
