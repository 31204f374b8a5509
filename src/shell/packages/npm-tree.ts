// npm's ideal tree over the offline registry, placed as Arborist places it: breadth first (by depth,
// then by location), each dependency as high as it can go without meeting another version of its
// name, so express's tree lands flat but for send's own encodeurl@1 and ms@2.1.3.
import { NPM_REGISTRY, type RegistryEntry } from './npm-registry.ts';
import { maxSatisfying, satisfies } from './npm-semver.ts';

/** One package placed in node_modules. */
export interface TreeNode {
  name: string;
  version: string;
  /** `node_modules/a/node_modules/b` ('' is the project). */
  location: string;
  entry: RegistryEntry;
  /** Only devDependencies lead to it. */
  dev: boolean;
  /** Only optional dependencies lead to it. */
  optional: boolean;
  /** An optional package for another platform (fsevents): in the lock file, not on disk. */
  skipped: boolean;
}

/** A dependency as package.json (or a package's metadata) names it. */
export interface Edge {
  name: string;
  spec: string;
  type: 'prod' | 'dev' | 'optional';
}

/** Why the tree cannot be built: a name the registry lacks, or no version in its range. */
export type TreeError = { code: 'E404'; name: string } | { code: 'ETARGET'; name: string; spec: string };

const versionsByName = new Map<string, string[]>();
for (const key of Object.keys(NPM_REGISTRY)) {
  const at = key.lastIndexOf('@');
  versionsByName.set(key.slice(0, at), [...(versionsByName.get(key.slice(0, at)) ?? []), key.slice(at + 1)]);
}

/** The registry's versions of a package (empty when it has none). */
export const registryVersions = (name: string): string[] => versionsByName.get(name) ?? [];

/** The version a spec resolves to, or the error npm gives. */
export function resolveSpec(name: string, spec: string): { version: string } | TreeError {
  const versions = registryVersions(name);
  if (!versions.length) return { code: 'E404', name };
  const version = maxSatisfying(versions, spec);
  return version ? { version } : { code: 'ETARGET', name, spec };
}

/** The dependencies a registry entry declares, prod then optional. */
export function edgesOf(entry: RegistryEntry): Edge[] {
  const prod = Object.entries(entry.dependencies ?? {}).map(([name, spec]): Edge => ({ name, spec, type: 'prod' }));
  const optional = Object.entries(entry.optionalDependencies ?? {}).map(([name, spec]): Edge => ({ name, spec, type: 'optional' }));
  return [...prod, ...optional].sort((a, b) => (a.name < b.name ? -1 : 1));
}

const slot = (level: string, name: string) => (level ? `${level}/node_modules/${name}` : `node_modules/${name}`);
const parentLevel = (location: string) => location.replace(/\/?node_modules\/(@[^/]+\/)?[^/]+$/, '');

/** The node a package at `from` gets when it requires `name` (Node's lookup: its own node_modules, then up). */
export function resolveFrom(tree: Map<string, TreeNode>, from: string, name: string): TreeNode | undefined {
  for (let level = from; ; level = parentLevel(level)) {
    const hit = tree.get(slot(level, name));
    if (hit) return hit;
    if (!level) return undefined;
  }
}

const runsHere = (entry: RegistryEntry) => !entry.os || entry.os.includes('linux') || entry.os.some((o) => o.startsWith('!') && o !== '!linux');

/** The ideal tree for the project's dependencies (location → node), or the first error. */
export function buildTree(rootEdges: Edge[]): { tree: Map<string, TreeNode> } | TreeError {
  const tree = new Map<string, TreeNode>();
  const edgesAt = new Map<string, Edge[]>([['', [...rootEdges].sort((a, b) => (a.name < b.name ? -1 : 1))]]);
  const queue = [''];
  while (queue.length) {
    queue.sort((a, b) => a.split('/node_modules/').length - b.split('/node_modules/').length || (a < b ? -1 : 1));
    const from = queue.shift()!;
    for (const edge of edgesAt.get(from) ?? []) {
      const found = resolveFrom(tree, from, edge.name);
      const resolved = resolveSpec(edge.name, edge.spec);
      if ('code' in resolved) {
        if (edge.type === 'optional') continue;
        return resolved;
      }
      if (found && satisfies(found.version, edge.spec)) continue;
      let target = from;
      for (let level = from; ; level = parentLevel(level)) {
        const there = tree.get(slot(level, edge.name));
        if (there) break;
        target = level;
        if (!level) break;
      }
      const entry = NPM_REGISTRY[`${edge.name}@${resolved.version}`];
      const location = slot(target, edge.name);
      tree.set(location, { name: edge.name, version: resolved.version, location, entry, dev: false, optional: false, skipped: !runsHere(entry) });
      edgesAt.set(location, edgesOf(entry));
      queue.push(location);
    }
  }
  markFlags(tree, rootEdges);
  return { tree };
}

// dev: no path from a dependency (not a devDependency) reaches it; optional: every path crosses an optional edge.
function markFlags(tree: Map<string, TreeNode>, rootEdges: Edge[]): void {
  const reach = (start: Edge[], follow: (e: Edge) => boolean): Set<TreeNode> => {
    const seen = new Set<TreeNode>();
    const walk = (from: string, edges: Edge[]) => {
      for (const e of edges.filter(follow)) {
        const node = resolveFrom(tree, from, e.name);
        if (!node || seen.has(node)) continue;
        seen.add(node);
        walk(node.location, edgesOf(node.entry));
      }
    };
    walk('', start);
    return seen;
  };
  const prod = reach(rootEdges.filter((e) => e.type !== 'dev'), () => true);
  const required = reach(rootEdges.filter((e) => e.type !== 'optional'), (e) => e.type !== 'optional');
  for (const node of tree.values()) {
    node.dev = !prod.has(node);
    node.optional = !required.has(node);
  }
}

/** The project's dependencies from package.json, as edges. */
export function rootEdges(pkg: Record<string, unknown>): Edge[] {
  const read = (field: string, type: Edge['type']) => Object.entries((pkg[field] as Record<string, string> | undefined) ?? {}).map(([name, spec]): Edge => ({ name, spec: String(spec), type }));
  return [...read('dependencies', 'prod'), ...read('optionalDependencies', 'optional'), ...read('devDependencies', 'dev')];
}
