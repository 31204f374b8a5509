// Import cycles between the entries (files and subfolders) of each folder: an import from a to b
// is an edge, inside their nearest common folder, from the entry holding a to the entry holding b.
// So `engine/builder ↔ engine/images` is a cycle of `src/engine` even when no two files form one.

/** The entry of `folder` that holds `file` (its first path segment below `folder`). */
function entryOf(folder: string, file: string): string {
  return file.slice(folder.length + 1).split('/')[0];
}

/** The nearest folder holding both files. */
function commonFolder(a: string, b: string): string {
  const as = a.split('/').slice(0, -1);
  const bs = b.split('/').slice(0, -1);
  let i = 0;
  while (i < as.length && i < bs.length && as[i] === bs[i]) i++;
  return as.slice(0, i).join('/');
}

/** Strongly connected components of more than one node (Tarjan). */
function cycles(graph: Map<string, Set<string>>): string[][] {
  let index = 0;
  const order = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (v: string) => {
    order.set(v, index);
    low.set(v, index++);
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!order.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, order.get(w)!));
    }
    if (low.get(v) === order.get(v)) {
      const component: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        component.push(w);
      } while (w !== v);
      if (component.length > 1) found.push(component.sort());
    }
  };
  for (const v of graph.keys()) if (!order.has(v)) visit(v);
  return found;
}

/** One line per cycle: `folder: entryA ↔ entryB ↔ …`, from import edges between files. */
export function entryCycles(edges: ReadonlyArray<readonly [string, string]>): string[] {
  const graphs = new Map<string, Map<string, Set<string>>>();
  for (const [from, to] of edges) {
    const folder = commonFolder(from, to);
    const a = entryOf(folder, from);
    const b = entryOf(folder, to);
    if (a === b) continue;
    const graph = graphs.get(folder) ?? new Map<string, Set<string>>();
    graphs.set(folder, graph);
    graph.set(a, (graph.get(a) ?? new Set()).add(b));
  }
  return [...graphs].flatMap(([folder, graph]) => cycles(graph).map((c) => `${folder}: ${c.join(' ↔ ')}`)).sort();
}
