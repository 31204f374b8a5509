// `docker top` text — docker/cli cli/command/container/top.go: the titles and rows through a tabwriter
// of minwidth 20 (wider than docker's other tables).
import type { ContainerTopResponse } from '../../engine/index.ts';
import { tabwrite } from '../tabwriter.ts';

/** The process table as `docker top` prints it. */
export function formatTop(top: ContainerTopResponse): string {
  const lines = [top.Titles, ...top.Processes].map((cells) => `${cells.join('\t')}\n`);
  return tabwrite(lines.join(''), { minWidth: 20, padding: 3, padChar: ' ' });
}
