// What docker's prunes print (docker/cli's RunPrune functions): a heading and one removed object a line,
// nothing when nothing went; `docker system prune` prints each part in turn, then the total.
import type { ImageDeleteResponseItem } from '../engine/index.ts';
import { humanSize } from './units.ts';

/** `Deleted Containers:` (or Networks, Volumes, build cache objects) and an ID a line; '' for none. */
export function deletedList(heading: string, ids: readonly string[] | null | undefined): string {
  return ids && ids.length > 0 ? `${heading}:\n${ids.map((id) => `${id}\n`).join('')}` : '';
}

/** `Deleted Images:` with an `untagged:` or `deleted:` line each; '' for none. */
export function deletedImages(items: readonly ImageDeleteResponseItem[] | null | undefined): string {
  if (!items || items.length === 0) return '';
  return `Deleted Images:\n${items.map((item) => ('Untagged' in item ? `untagged: ${item.Untagged}\n` : `deleted: ${item.Deleted}\n`)).join('')}`;
}

/** The parts of a prune's report as docker prints them (each part, when there is one, with a blank line after), then the total. */
export function pruneReport(parts: readonly string[], reclaimed: number): string {
  return `${parts.filter((p) => p !== '').map((p) => `${p}\n`).join('')}Total reclaimed space: ${humanSize(reclaimed)}\n`;
}
