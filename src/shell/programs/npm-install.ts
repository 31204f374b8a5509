// Puts a tree into node_modules as npm does: each package's files (working code where the workbook
// ships it, sized stand-ins for the rest), node_modules/.bin links, the hidden lock file
// node_modules/.package-lock.json; removes what the tree no longer holds; and npm's summary lines.
import type { ProgramContext } from '../../kernel/process.ts';
import type { TreeNode } from '../packages/npm-tree.ts';
import { lockEntry } from '../packages/npm-lock.ts';
import { npmPackageFiles } from '../packages/npm-sources/index.ts';
import { readDiskTree } from './npm-ls.ts';

/** What an install changed. */
export interface InstallCounts {
  added: number;
  removed: number;
  changed: number;
  /** Packages now in node_modules. */
  total: number;
  /** Of those, how many declare `funding`. */
  funded: number;
}

function packageJson(node: TreeNode): string {
  const e = node.entry;
  const json: Record<string, unknown> = { name: node.name, version: node.version };
  if (e.description) json.description = e.description;
  if (e.main) json.main = e.main;
  if (e.license) json.license = e.license;
  for (const key of ['bin', 'dependencies', 'optionalDependencies', 'peerDependenciesMeta', 'engines', 'funding'] as const) if (e[key]) json[key] = e[key];
  return JSON.stringify(json, null, 2) + '\n';
}

// Code the workbook does not ship (a whole package, or a module of one that has working code such as
// lodash/fp): its entry point, its commands (bin) and every script say so in one line when loaded.
const unsupported = (node: TreeNode, path: string) =>
  `throw new Error('${node.name}@${node.version}${path ? `/${path}` : ''} is installed for its size and place in the tree; its code is not supported in the workbook');\n`;
const SCRIPT = /\.(c|m)?js$/;

function writePackage(ctx: ProgramContext, dir: string, node: TreeNode): void {
  const own = npmPackageFiles(node.name, node.version);
  const main = (node.entry.main ?? 'index.js').replace(/^\.\//, '');
  const listed = (node.entry.files ?? 'package.json:0').split(' ').map((f) => [f.slice(0, f.lastIndexOf(':')), Number(f.slice(f.lastIndexOf(':') + 1))] as const);
  ctx.fs.mkdir(dir, { recursive: true });
  for (const [path, bytes] of listed) {
    const full = `${dir}/${path}`;
    ctx.fs.mkdir(full.slice(0, full.lastIndexOf('/')), { recursive: true });
    if (path === 'package.json') {
      ctx.fs.writeFile(full, packageJson(node));
      continue;
    }
    const executable = Object.values(node.entry.bin ?? {}).some((b) => b.replace(/^\.\//, '') === path);
    const entry = path === main || path.replace(/\.js$/, '') === main.replace(/\.js$/, '') || executable;
    const text = own?.[path] ?? (!own && entry ? unsupported(node, '') : SCRIPT.test(path) || executable ? unsupported(node, path) : `// ${node.name}@${node.version}: ${path}\n`);
    ctx.fs.writeFile(full, executable && !text.startsWith('#!') ? `#!/usr/bin/env node\n${text}` : text, { mode: executable ? 0o755 : 0o644 });
    if (!own?.[path]) {
      const file = ctx.fs.lstat(full);
      if (file.type === 'file') file.size = bytes;
    }
  }
  for (const [path, text] of Object.entries(own ?? {})) {
    if (ctx.fs.exists(`${dir}/${path}`)) continue;
    ctx.fs.mkdir(`${dir}/${path}`.replace(/\/[^/]*$/, ''), { recursive: true });
    ctx.fs.writeFile(`${dir}/${path}`, text);
  }
}

/** Makes node_modules under `dir` hold exactly `tree` (its installable nodes) for the project (package.json's name and version); returns the counts. */
export function applyTree(ctx: ProgramContext, dir: string, project: { name?: unknown; version?: unknown }, tree: Map<string, TreeNode>, omitDev: boolean, clean: boolean): InstallCounts {
  const nm = `${dir}/node_modules`;
  if (clean && ctx.fs.exists(nm)) ctx.fs.rm(nm, { recursive: true, force: true });
  const disk = readDiskTree(ctx, dir);
  const wanted = [...tree.values()].filter((n) => !n.skipped && !(omitDev && n.dev));
  const wantedAt = new Map(wanted.map((n) => [n.location, n]));
  const counts: InstallCounts = { added: 0, removed: 0, changed: 0, total: wanted.length, funded: 0 };
  for (const location of disk.keys()) {
    if (wantedAt.has(location)) continue;
    counts.removed++;
    if (ctx.fs.exists(`${dir}/${location}`)) ctx.fs.rm(`${dir}/${location}`, { recursive: true, force: true });
  }
  for (const node of wanted.sort((a, b) => (a.location < b.location ? -1 : 1))) {
    const there = disk.get(node.location);
    if (node.entry.funding) counts.funded++;
    if (there && there.version === node.version) continue;
    if (there) {
      counts.changed++;
      ctx.fs.rm(`${dir}/${node.location}`, { recursive: true, force: true });
      for (const inside of [...disk.keys()].filter((l) => l.startsWith(`${node.location}/`))) disk.delete(inside);
    } else counts.added++;
    writePackage(ctx, `${dir}/${node.location}`, node);
  }
  writeBinLinks(ctx, dir, wanted);
  if (wanted.length) {
    const hidden: Record<string, unknown> = {};
    for (const node of wanted) hidden[node.location] = lockEntry(node);
    ctx.fs.writeFile(`${nm}/.package-lock.json`, JSON.stringify({ name: project.name ?? (dir.split('/').pop() || 'root'), ...(project.version ? { version: project.version } : {}), lockfileVersion: 3, requires: true, packages: hidden }, null, 2) + '\n');
  } else if (ctx.fs.exists(`${nm}/.package-lock.json`)) ctx.fs.rm(`${nm}/.package-lock.json`, { force: true });
  return counts;
}

// node_modules/.bin/NAME → ../pkg/bin/file.js for the top-level packages' bins.
function writeBinLinks(ctx: ProgramContext, dir: string, nodes: TreeNode[]): void {
  const bin = `${dir}/node_modules/.bin`;
  if (ctx.fs.exists(bin)) ctx.fs.rm(bin, { recursive: true, force: true });
  for (const node of nodes) {
    if (node.location.includes('/node_modules/')) continue;
    for (const [command, target] of Object.entries(node.entry.bin ?? {})) {
      ctx.fs.mkdir(bin, { recursive: true });
      ctx.fs.symlink(`../${node.name}/${target.replace(/^\.\//, '')}`, `${bin}/${command}`);
    }
  }
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** npm's closing lines: added/removed/changed, audited, funding, vulnerabilities. */
export function summary(c: InstallCounts): string {
  const parts = [c.added && `added ${plural(c.added, 'package')}`, c.removed && `removed ${plural(c.removed, 'package')}`, c.changed && `changed ${plural(c.changed, 'package')}`].filter(Boolean) as string[];
  const head = parts.length ? `${parts.join(', ')}, and audited` : 'up to date, audited';
  const seconds = c.added + c.changed > 40 ? 3 : c.added + c.changed > 10 ? 2 : 1;
  const funding = c.funded ? `\n${c.funded} ${c.funded === 1 ? 'package is' : 'packages are'} looking for funding\n  run \`npm fund\` for details\n` : '';
  return `\n${head} ${plural(c.total + 1, 'package')} in ${seconds}s\n${funding}\nfound 0 vulnerabilities\n`;
}
