// Reading a lesson page (index.mdx) the way lesson CI needs it: its runnable blocks, its fenced shell
// blocks, its frontmatter's source sections, and its whole text.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The page's text. */
export function pageText(dir: string): string {
  return readFileSync(join(dir, 'index.mdx'), 'utf8');
}

/** `<Run cmd="…" />` commands, in order (a multi-line cmd is several lines). */
export function runBlocks(mdx: string): string[] {
  return [...mdx.matchAll(/<Run\s+cmd=(?:"([^"]*)"|\{`([^`]*)`\})/g)].map((m) => (m[1] ?? m[2]).replace(/&quot;/g, '"'));
}

/** The lines of fenced ```sh / ```bash / ```shell blocks, a leading "$ " removed, in order. */
export function shellBlockLines(mdx: string): string[] {
  return [...mdx.matchAll(/```(?:sh|bash|shell)\n([\s\S]*?)```/g)].flatMap((m) =>
    m[1]
      .split('\n')
      .map((l) => l.replace(/^\$ /, ''))
      .filter((l) => l.trim() !== '' && !l.trim().startsWith('#')),
  );
}

/** The seed section IDs the frontmatter's `sources:` lists ("002-01", …). */
export function sourceIds(mdx: string): string[] {
  const front = /^---\n([\s\S]*?)\n---/.exec(mdx)?.[1] ?? '';
  const block = /^sources:\n((?:\s+- .*\n?)*)/m.exec(front)?.[1] ?? '';
  return [...block.matchAll(/-\s+['"]?([0-9]{3}-[0-9]{2})/g)].map((m) => m[1]);
}
