// The container's files inside MicroPython's Emscripten filesystem, brought in lazily: a directory's
// entries become MEMFS nodes only when the program looks one up or lists the directory, so a process
// pays for the files it touches, not for the whole image (copying every file in on each start cost
// 20–40 ms for a python image's few hundred files). At exit (and after each request or REPL entry)
// `changes` reports what the program created, changed or removed, from the nodes it touched.

const DIR_MODE = 0o40777;
const FILE_MODE = 0o100666;
// Kernel filesystems the worker has its own of: neither the container's nor the program's doing.
const KERNEL = new Set(['/dev', '/proc', '/sys']);

const join = (dir, name) => (dir === '/' ? `/${name}` : `${dir}/${name}`);

// The snapshot as directory → (name → entry), so a lookup is two map reads.
function indexOf(snapshot) {
  const index = new Map();
  const entries = (dir) => {
    let names = index.get(dir);
    if (!names) {
      names = new Map();
      index.set(dir, names);
      if (dir !== '/') place(dir, { dir: true });
    }
    return names;
  };
  const place = (path, entry) => {
    const at = path.lastIndexOf('/');
    entries(at ? path.slice(0, at) : '/').set(path.slice(at + 1), entry);
  };
  entries('/');
  for (const dir of snapshot.dirs) entries(dir);
  for (const [path, data] of snapshot.files) place(path, { data });
  for (const [path, target] of snapshot.links) place(path, { target });
  return index;
}

/**
 * Puts a snapshot ({dirs, files, links}) behind the Emscripten FS: MEMFS's directory operations are
 * wrapped (they are one object shared by every directory node) so that a directory fills itself from
 * the snapshot on demand. Returns the state `changes` needs.
 */
export function loadSnapshot(FS, snapshot) {
  const index = indexOf(snapshot);
  const ops = FS.root.node_ops;
  const base = { ...ops };
  // One entry of a directory's snapshot becomes a MEMFS node (a private copy of the bytes, so a
  // write in place can still be told from the original at exit).
  const materialize = (parent, name) => {
    parent.wbPending.delete(name);
    const path = join(parent.wbPath, name);
    const entry = index.get(parent.wbPath).get(name);
    if (entry.dir) return adopt(base.mknod(parent, name, DIR_MODE, 0), path);
    if (entry.target !== undefined) {
      const link = base.symlink(parent, name, entry.target);
      link.wbPath = path;
      return link;
    }
    const file = base.mknod(parent, name, FILE_MODE, 0);
    file.contents = entry.data.slice();
    file.usedBytes = entry.data.length;
    file.wbPath = path;
    file.wbOriginal = entry.data;
    return file;
  };
  // A directory node that is the snapshot's `path`: the snapshot's entries it lacks are pending.
  const adopt = (node, path) => {
    node.wbPath = path;
    const names = [...(index.get(path)?.keys() ?? [])];
    node.wbKnown = new Set([...names, ...Object.keys(node.contents)]);
    node.wbPending = new Set(names.filter((n) => !(n in node.contents)));
    for (const [name, child] of Object.entries(node.contents)) {
      const entry = index.get(path)?.get(name);
      if (entry?.dir && FS.isDir(child.mode)) adopt(child, join(path, name));
      else markPresent(child, join(path, name));
    }
    return node;
  };
  // What the worker made for itself before the program ran (/home/web_user, /tmp …): not the program's.
  const markPresent = (node, path) => {
    node.wbPath = path;
    if (FS.isFile(node.mode)) node.wbOriginal = bytesOf(node).slice();
    if (!FS.isDir(node.mode)) return;
    node.wbKnown = new Set(Object.keys(node.contents));
    node.wbPending = new Set();
    for (const [name, child] of Object.entries(node.contents)) markPresent(child, join(path, name));
  };
  const fill = (node) => {
    for (const name of node.wbPending ?? []) materialize(node, name);
  };
  const fillTree = (node) => {
    fill(node);
    for (const child of Object.values(node.contents)) if (FS.isDir(child.mode)) fillTree(child);
  };
  ops.lookup = (parent, name) => (parent.wbPending?.has(name) ? materialize(parent, name) : base.lookup(parent, name));
  ops.readdir = (node) => {
    fill(node);
    return base.readdir(node);
  };
  ops.rmdir = (parent, name) => {
    fill(FS.lookupNode(parent, name));
    return base.rmdir(parent, name);
  };
  ops.rename = (node, dir, name) => {
    // A moved directory takes all of its snapshot along (its nodes no longer answer to their old paths).
    if (FS.isDir(node.mode)) fillTree(node);
    try {
      const target = FS.lookupNode(dir, name);
      if (FS.isDir(target.mode)) fill(target);
    } catch {
      /* nothing there yet */
    }
    return base.rename(node, dir, name);
  };
  adopt(FS.root, '/');
  return { FS };
}

// A file node's bytes (MEMFS keeps spare capacity past usedBytes).
function bytesOf(node) {
  return node.contents ? node.contents.subarray(0, node.usedBytes) : new Uint8Array(0);
}

function same(a, b) {
  if (!a || a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * What changed since `loadSnapshot` (or the last call): files written (path → bytes), directories
 * made, paths removed. Only nodes the program touched exist, so only they are compared.
 */
export function changes(state) {
  const { FS } = state;
  const out = { written: [], made: [], removed: [] };
  const walk = (node, path) => {
    // Entries this directory had that are neither still pending nor present were removed (or moved away).
    if (node.wbPath === path && node.wbKnown) {
      for (const name of node.wbKnown) if (!(name in node.contents) && !node.wbPending.has(name)) out.removed.push(join(path, name));
    }
    for (const [name, child] of Object.entries(node.contents)) {
      const at = join(path, name);
      if (KERNEL.has(at)) continue;
      if (FS.isDir(child.mode)) {
        if (child.wbPath !== at) {
          out.made.push(at);
          child.wbPending = new Set();
        }
        walk(child, at);
        child.wbPath = at;
        child.wbKnown = new Set([...child.wbPending, ...Object.keys(child.contents)]);
      } else if (FS.isFile(child.mode)) {
        const bytes = bytesOf(child);
        if (child.wbPath !== at || !same(child.wbOriginal, bytes)) {
          const copy = bytes.slice();
          out.written.push([at, copy]);
          child.wbPath = at;
          child.wbOriginal = copy;
        }
      }
    }
  };
  walk(FS.root, '/');
  FS.root.wbKnown = new Set([...FS.root.wbPending, ...Object.keys(FS.root.contents)]);
  return out;
}
