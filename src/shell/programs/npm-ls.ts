// `npm ls [NAME…] [--all|-a] [--depth N]` over what node_modules really holds: the project's direct
// dependencies by default, the whole tree with --all (a package shown once, then `deduped`, in the
// breadth-first order npm walks), the paths to NAME; UNMET and extraneous packages as npm 10 marks them.
import type { ProgramContext } from '../../kernel/process.ts';
import { rootEdges, type Edge } from '../packages/npm-tree.ts';
import { satisfies } from '../packages/npm-semver.ts';

/** A package found on disk. */
export interface DiskNode {
  name: string;
  version: string;
  location: string;
  edges: Edge[];
}

/** Every package under `dir`/node_modules (nested ones too), by location relative to `dir`. */
export function readDiskTree(ctx: ProgramContext, dir: string): Map<string, DiskNode> {
  const out = new Map<string, DiskNode>();
  const scan = (level: string) => {
    const nm = `${dir}/${level ? `${level}/` : ''}node_modules`;
    let names: string[];
    try {
      names = ctx.fs.readdir(nm);
    } catch {
      return;
    }
    for (const entry of names.filter((n) => !n.startsWith('.'))) {
      const scoped = entry.startsWith('@') ? ctx.fs.readdir(`${nm}/${entry}`).map((n) => `${entry}/${n}`) : [entry];
      for (const name of scoped) {
        const location = `${level ? `${level}/` : ''}node_modules/${name}`;
        try {
          const pkg = JSON.parse(ctx.fs.readText(`${dir}/${location}/package.json`)) as Record<string, unknown>;
          out.set(location, { name: String(pkg.name ?? name), version: String(pkg.version ?? ''), location, edges: rootEdges({ dependencies: pkg.dependencies, optionalDependencies: pkg.optionalDependencies }) });
        } catch {
          continue;
        }
        scan(location);
      }
    }
  };
  scan('');
  return out;
}

function resolveOnDisk(tree: Map<string, DiskNode>, from: string, name: string): DiskNode | undefined {
  for (let level = from; ; level = level.replace(/\/?node_modules\/(@[^/]+\/)?[^/]+$/, '')) {
    const hit = tree.get(level ? `${level}/node_modules/${name}` : `node_modules/${name}`);
    if (hit || !level) return hit;
  }
}

interface Line {
  label: string;
  children: Line[];
  matches: boolean;
}

/** Runs `npm ls`; returns the exit status. */
export function npmLs(ctx: ProgramContext, dir: string, args: string[], logPath: () => string): number {
  let pkg: Record<string, unknown> = {};
  try {
    pkg = JSON.parse(ctx.fs.readText(`${dir}/package.json`)) as Record<string, unknown>;
  } catch {
    pkg = {};
  }
  const all = args.includes('--all') || args.includes('-a');
  const depthArg = args.find((a) => a.startsWith('--depth'));
  const depthValue = depthArg?.includes('=') ? depthArg.split('=')[1] : depthArg ? args[args.indexOf(depthArg) + 1] : undefined;
  const names = args.filter((a, i) => !a.startsWith('-') && !(depthArg && !depthArg.includes('=') && args[i - 1] === depthArg)).map((n) => n.replace(/(.)@.*$/, '$1'));
  const maxDepth = depthValue !== undefined ? Number(depthValue) : all || names.length ? Infinity : 0;
  const tree = readDiskTree(ctx, dir);
  const rootLabel = pkg.name && pkg.version ? `${String(pkg.name)}@${String(pkg.version)}` : '';
  const problems: string[] = [];
  const used = new Set<DiskNode>();
  const seen = new Set<DiskNode>();
  const rootLine: Line = { label: '', children: [], matches: false };
  const queue: [Line, string, Edge[], number][] = [[rootLine, '', rootEdges(pkg), 0]];
  while (queue.length) {
    const [line, from, edges, depth] = queue.shift()!;
    const children: Line[] = [];
    for (const edge of [...edges].sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const node = resolveOnDisk(tree, from, edge.name);
      if (!node) {
        if (edge.type === 'optional') children.push({ label: `UNMET OPTIONAL DEPENDENCY ${edge.name}@${edge.spec}`, children: [], matches: false });
        else {
          children.push({ label: `UNMET DEPENDENCY ${edge.name}@${edge.spec}`, children: [], matches: names.includes(edge.name) });
          problems.push(`missing: ${edge.name}@${edge.spec}, required by ${from ? `${tree.get(from)!.name}@${tree.get(from)!.version}` : rootLabel || dir}`);
        }
        continue;
      }
      used.add(node);
      const invalid = !satisfies(node.version, edge.spec) ? ' invalid' : '';
      if (invalid) problems.push(`invalid: ${node.name}@${node.version} ${dir}/${node.location}`);
      const deduped = seen.has(node);
      seen.add(node);
      const child: Line = { label: `${node.name}@${node.version}${invalid}${deduped ? ' deduped' : ''}`, children: [], matches: names.includes(node.name) };
      children.push(child);
      if (!deduped && depth + 1 <= maxDepth) queue.push([child, node.location, node.edges, depth + 1]);
    }
    line.children = children.sort((a, b) => (a.label.replace(/^UNMET (OPTIONAL )?DEPENDENCY /, '') < b.label.replace(/^UNMET (OPTIONAL )?DEPENDENCY /, '') ? -1 : 1));
  }
  // Whatever nothing requires is extraneous (listed at the top level when it sits there).
  const reach = (node: DiskNode) => {
    for (const e of node.edges) {
      const dep = resolveOnDisk(tree, node.location, e.name);
      if (dep && !used.has(dep)) {
        used.add(dep);
        reach(dep);
      }
    }
  };
  [...used].forEach(reach);
  for (const node of tree.values()) {
    if (used.has(node)) continue;
    problems.push(`extraneous: ${node.name}@${node.version} ${dir}/${node.location}`);
    if (!node.location.includes('/node_modules/')) rootLine.children.push({ label: `${node.name}@${node.version} extraneous`, children: [], matches: names.includes(node.name) });
  }
  rootLine.children.sort((a, b) => (a.label.replace(/^UNMET (OPTIONAL )?DEPENDENCY /, '') < b.label.replace(/^UNMET (OPTIONAL )?DEPENDENCY /, '') ? -1 : 1));
  const keep = (line: Line): boolean => {
    line.children = line.children.filter(keep);
    return line.matches || line.children.length > 0;
  };
  if (names.length) keep(rootLine);
  const out: string[] = [`${rootLabel ? `${rootLabel} ` : ''}${dir}`];
  const draw = (line: Line, prefix: string) => line.children.forEach((child, i) => {
    const last = i === line.children.length - 1;
    out.push(`${prefix}${last ? '└─' : '├─'}${child.children.length ? '┬' : '─'} ${child.label}`);
    draw(child, prefix + (last ? '  ' : '│ '));
  });
  if (rootLine.children.length) draw(rootLine, '');
  else out.push('└── (empty)');
  ctx.stdout.write(out.join('\n') + '\n\n');
  if (!problems.length) return names.length && !rootLine.children.length ? 1 : 0;
  ctx.stderr.write(`npm error code ELSPROBLEMS\n${problems.map((p) => `npm error ${p}`).join('\n')}\nnpm error A complete log of this run can be found in: ${logPath()}\n`);
  return 1;
}
