// package-lock.json (lockfileVersion 3) as npm 10 writes it from a tree, and the tree a lock file
// describes (npm ci installs exactly that). Entry keys come in npm's order: version, resolved,
// integrity, dev, then the package's own metadata in the order its lock entries have (optional after license).
import { NPM_REGISTRY } from './npm-registry.ts';
import type { Edge, TreeNode } from './npm-tree.ts';
import { satisfies } from './npm-semver.ts';

/** Where npm downloads a version from. */
export const tarballUrl = (name: string, version: string) => `https://registry.npmjs.org/${name}/-/${name.replace(/^@[^/]+\//, '')}-${version}.tgz`;

const META = ['license', 'dependencies', 'bin', 'cpu', 'os', 'engines', 'funding', 'optionalDependencies', 'peerDependencies', 'peerDependenciesMeta'];

/** One `packages` entry of the lock file for a placed node. */
export function lockEntry(node: TreeNode): Record<string, unknown> {
  const e = node.entry;
  const out: Record<string, unknown> = { version: node.version, resolved: tarballUrl(node.name, node.version), integrity: e.integrity };
  if (node.dev) out.dev = true;
  if (node.optional && !e.license) out.optional = true;
  const meta = e as unknown as Record<string, unknown>;
  for (const key of Object.keys(e)) {
    if (META.includes(key)) out[key] = meta[key];
    if (key === 'license' && node.optional) out.optional = true;
  }
  return out;
}

/** The whole lock file for the project's package.json and its tree. */
export function lockFile(pkg: Record<string, unknown>, fallbackName: string, tree: Map<string, TreeNode>): Record<string, unknown> {
  const root: Record<string, unknown> = {};
  if (pkg.name ?? fallbackName) root.name = pkg.name ?? fallbackName;
  if (pkg.version) root.version = pkg.version;
  if (pkg.license) root.license = pkg.license;
  for (const field of ['dependencies', 'devDependencies', 'optionalDependencies']) {
    const deps = pkg[field] as Record<string, string> | undefined;
    if (deps && Object.keys(deps).length) root[field] = deps;
  }
  const packages: Record<string, unknown> = { '': root };
  for (const location of [...tree.keys()].sort()) packages[location] = lockEntry(tree.get(location)!);
  return { name: pkg.name ?? fallbackName, ...(pkg.version ? { version: pkg.version } : {}), lockfileVersion: 3, requires: true, packages };
}

/** The tree a lock file records, or the `name@version` it names that the registry does not serve. */
export function treeFromLock(lock: Record<string, unknown>): { tree: Map<string, TreeNode> } | { unknown: string } {
  const tree = new Map<string, TreeNode>();
  const packages = (lock.packages ?? {}) as Record<string, Record<string, unknown>>;
  for (const [location, value] of Object.entries(packages)) {
    if (!location.startsWith('node_modules/')) continue;
    const name = String(value.name ?? location.slice(location.lastIndexOf('node_modules/') + 13));
    const version = String(value.version);
    const entry = NPM_REGISTRY[`${name}@${version}`];
    if (!entry) return { unknown: `${name}@${version}` };
    tree.set(location, { name, version, location, entry, dev: value.dev === true, optional: value.optional === true, skipped: !!entry.os && !entry.os.includes('linux') });
  }
  return { tree };
}

/** npm ci's objections to a lock file that does not match package.json (empty when they agree). */
export function lockMismatches(lock: Record<string, unknown>, edges: Edge[], resolve: (name: string, spec: string) => string): string[] {
  const packages = (lock.packages ?? {}) as Record<string, Record<string, unknown>>;
  const out: string[] = [];
  for (const edge of edges) {
    const locked = packages[`node_modules/${edge.name}`];
    if (!locked) out.push(`Missing: ${edge.name}@${resolve(edge.name, edge.spec)} from lock file`);
    else if (!satisfies(String(locked.version), edge.spec)) out.push(`Invalid: lock file's ${edge.name}@${String(locked.version)} does not satisfy ${edge.name}@${resolve(edge.name, edge.spec)}`);
  }
  return out;
}
