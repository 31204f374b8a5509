// What checkpoints read through the builder, in the builder's own terms: a Dockerfile's stages from its
// parser, and the context as .dockerignore leaves it. (One place, so the engine's door stays narrow.)
import type { Vfs } from '../vfs/vfs.ts';
import type { DirNode, FsNode } from '../vfs/types.ts';
import { DockerfileParseError, loadContext, parseDockerfile } from '../engine/index.ts';

/** One instruction as written: its keyword in capitals, its text after the keyword, its first line. */
export interface DockerfileInstruction {
  keyword: string;
  text: string;
  line: number;
}

/** One stage: its FROM's image (as written), its name (AS, lower-cased) and its instructions from FROM on. */
export interface DockerfileStage {
  from: string;
  name?: string;
  instructions: DockerfileInstruction[];
}

/** Splits a Dockerfile into stages (instructions before the first FROM belong to none), or says why it does not parse. */
export function dockerfileStages(text: string): { stages: DockerfileStage[] } | { error: string } {
  let children;
  try {
    children = parseDockerfile(text).ast.children;
  } catch (error) {
    if (error instanceof DockerfileParseError) return { error: error.message };
    throw error;
  }
  const stages: DockerfileStage[] = [];
  for (const node of children) {
    const keyword = node.value.toUpperCase();
    const text = node.original.replace(/^\s*\S+\s*/, '');
    if (keyword === 'FROM') {
      const words = text.split(/\s+/).filter((w) => !w.startsWith('--'));
      const as = words.findIndex((w) => w.toLowerCase() === 'as');
      stages.push({ from: words[0] ?? '', ...(as > 0 && words[as + 1] ? { name: words[as + 1].toLowerCase() } : {}), instructions: [] });
    }
    stages.at(-1)?.instructions.push({ keyword, text, line: node.startLine });
  }
  return { stages };
}

/** The paths a context directory sends after its .dockerignore (files and folders, relative), and their bytes. */
export function contextAfterIgnore(fs: Vfs, dir: string): { has(path: string): boolean; bytes: number } | { error: string } {
  let loaded;
  try {
    loaded = loadContext(fs.stat(dir) as DirNode);
  } catch (error) {
    if (error instanceof Error && /pattern/i.test(error.name + error.message)) return { error: error.message };
    throw error;
  }
  const paths = new Set<string>();
  const walk = (node: FsNode, prefix: string) => {
    if (node.type !== 'dir') return;
    for (const [name, child] of node.children) {
      const path = prefix ? `${prefix}/${name}` : name;
      paths.add(path);
      walk(child, path);
    }
  };
  walk(loaded.root, '');
  return { has: (p) => paths.has(p.replace(/\/+$/, '')), bytes: loaded.transferSize };
}
