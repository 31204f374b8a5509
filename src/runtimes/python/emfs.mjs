// The container's files inside MicroPython's Emscripten filesystem: a snapshot goes in before the
// program runs, and what the program created, changed or removed comes out (see ../files.ts).

/** Writes a snapshot ({dirs, files, links}) into the Emscripten FS and remembers it for `changes`. */
export function loadSnapshot(FS, snapshot) {
  const known = new Map();
  const dirs = new Set(listDirs(FS, '/'));
  for (const dir of snapshot.dirs) {
    try {
      FS.mkdirTree(dir);
    } catch {
      /* exists */
    }
  }
  for (const [path, data] of snapshot.files) {
    try {
      FS.writeFile(path, data);
      known.set(path, data);
    } catch {
      /* a file where a directory of the image is: skipped */
    }
  }
  for (const [path, target] of snapshot.links) {
    try {
      FS.symlink(target, path);
      known.set(path, { link: target });
    } catch {
      /* exists */
    }
  }
  for (const dir of snapshot.dirs) dirs.add(dir);
  return { known, dirs };
}

// The directories Emscripten made for itself (/home/web_user, /tmp …): not the program's doing.
function listDirs(FS, dir) {
  const out = [];
  for (const name of FS.readdir(dir)) {
    const path = dir === '/' ? `/${name}` : `${dir}/${name}`;
    if (name === '.' || name === '..' || path === '/proc' || path === '/dev') continue;
    if (FS.isDir(FS.lstat(path).mode)) out.push(path, ...listDirs(FS, path));
  }
  return out;
}

const same = (a, b) => a.length === b.length && a.every((x, i) => x === b[i]);

/** What changed under `roots` since `loadSnapshot`: files written (path → bytes), directories made, paths removed. */
export function changes(FS, state, roots) {
  const written = [];
  const made = [];
  const seen = new Set();
  const walk = (dir) => {
    let names;
    try {
      names = FS.readdir(dir);
    } catch {
      return;
    }
    for (const name of names) {
      if (name === '.' || name === '..') continue;
      const path = dir === '/' ? `/${name}` : `${dir}/${name}`;
      if (path === '/proc' || path === '/dev' || path === '/sys') continue;
      const st = FS.lstat(path);
      seen.add(path);
      if (FS.isDir(st.mode)) {
        if (!state.dirs.has(path)) {
          made.push(path);
          state.dirs.add(path);
        }
        walk(path);
      } else if (FS.isFile(st.mode)) {
        const data = FS.readFile(path);
        const before = state.known.get(path);
        if (!(before instanceof Uint8Array) || !same(before, data)) {
          written.push([path, data]);
          state.known.set(path, data);
        }
      }
    }
  };
  for (const root of roots) walk(root);
  const removed = [];
  for (const path of [...state.known.keys(), ...state.dirs]) {
    if (!seen.has(path) && roots.some((r) => r === '/' || path === r || path.startsWith(r + '/'))) {
      removed.push(path);
      state.known.delete(path);
      state.dirs.delete(path);
    }
  }
  return { written, made, removed };
}
