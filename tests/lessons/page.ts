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

// Glossary terms whose other senses are common enough that a prose match says nothing: "the latest
// version", "for reference", "from scratch", "user namespaces", "publishes an image".
const NOT_LINKED_IN_PROSE = new Set(['latest', 'reference', 'scratch', 'namespace', 'publish']);

/** The page with everything that is not running prose blanked out (same length, so offsets hold). */
function proseOnly(mdx: string): string {
  const blank = (text: string) => text.replace(/[^\n]/g, ' ');
  const front = /^---\n[\s\S]*?\n---\n/.exec(mdx)?.[0] ?? '';
  let inFence = false;
  const lines = mdx.slice(front.length).split('\n').map((line) => {
    if (/^\s*```/.test(line)) {
      inFence = !inFence;
      return blank(line);
    }
    if (inFence || /^\s*(#|<|\|)/.test(line)) return blank(line);
    // Inline code, links (their text too), HTML/JSX tags and bold markers are not prose.
    return line.replace(/`[^`]*`|\[[^\]]*\]\([^)]*\)|<[^>]+>/g, blank);
  });
  return blank(front) + lines.join('\n');
}

/** Where a glossary term is first used in the page's prose (as written, or its plural), if it is. */
export function firstProseUse(mdx: string, term: string): { index: number; text: string } | undefined {
  if (NOT_LINKED_IN_PROSE.has(term) || /[/]/.test(term)) return undefined;
  const escaped = term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const m = new RegExp(`(?<![\\w.-])${escaped}(?:s|es)?(?![\\w-])`).exec(proseOnly(mdx));
  return m ? { index: m.index, text: mdx.slice(m.index, m.index + m[0].length) } : undefined;
}

// A detached server (nginx, a registry) takes several turns to start listening, more on a loaded
// machine (a shell yields by wall-clock slices); a learner reads the output before the next line.
const TURNS_AFTER_DETACHED_START = 30;

/** A learner's pause after typing `line`: turns for the background, more after starting a detached container. */
export async function learnerPause(line: string, turns = 1): Promise<void> {
  const detached = /\bdocker (?:container )?(?:run\b.*\s(?:-d|--detach|-[a-zA-Z]*d[a-zA-Z]*)\b|start\b)/.test(line);
  for (let i = 0; i < (detached ? TURNS_AFTER_DETACHED_START : turns); i++) await new Promise((resolve) => setTimeout(resolve, 0));
}
