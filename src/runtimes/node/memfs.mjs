// The container's files inside a Node process's worker: the snapshot as maps, the fs calls Node's
// `fs` module makes (as text), errors with Node's codes, and the changes to hand back at exit.

const parentOf = (p) => p.slice(0, p.lastIndexOf('/')) || '/';

/** Normalises an absolute path: `.`, `..` and repeated slashes. */
export function normalize(path) {
  const out = [];
  for (const part of path.split('/')) {
    if (!part || part === '.') continue;
    if (part === '..') out.pop();
    else out.push(part);
  }
  return '/' + out.join('/');
}

/** The files of one process, with what it changed since the snapshot. */
export class MemoryFiles {
  constructor(snapshot) {
    this.files = new Map(snapshot.files);
    this.dirs = new Set(['/', ...snapshot.dirs]);
    this.links = new Map(snapshot.links);
    this.written = new Set();
    this.made = new Set();
    this.removed = new Set();
  }

  resolve(path, hops = 0) {
    const p = normalize(path);
    if (hops > 40) return p;
    const parts = p.split('/').filter(Boolean);
    let at = '';
    for (let i = 0; i < parts.length; i++) {
      at += '/' + parts[i];
      const target = this.links.get(at);
      if (target !== undefined) return this.resolve((target.startsWith('/') ? target : parentOf(at) + '/' + target) + '/' + parts.slice(i + 1).join('/'), hops + 1);
    }
    return p;
  }

  fail(code, syscall, path) {
    const words = { ENOENT: 'no such file or directory', EISDIR: 'illegal operation on a directory', ENOTDIR: 'not a directory', EEXIST: 'file already exists', ENOTEMPTY: 'directory not empty' };
    return { error: { code, syscall, path, errno: { ENOENT: -2, EISDIR: -21, ENOTDIR: -20, EEXIST: -17, ENOTEMPTY: -39 }[code], message: `${code}: ${words[code]}, ${syscall} '${path}'` } };
  }

  readFile(path) {
    const p = this.resolve(path);
    if (this.dirs.has(p)) return this.fail('EISDIR', 'read', path);
    const data = this.files.get(p);
    return data ? { ok: new TextDecoder().decode(data) } : this.fail('ENOENT', 'open', path);
  }

  writeFile(path, text, append) {
    const p = this.resolve(path);
    if (this.dirs.has(p)) return this.fail('EISDIR', 'open', path);
    if (!this.dirs.has(parentOf(p))) return this.fail('ENOENT', 'open', path);
    const before = append ? (this.files.get(p) ?? new Uint8Array()) : new Uint8Array();
    const add = new TextEncoder().encode(text);
    const data = new Uint8Array(before.length + add.length);
    data.set(before);
    data.set(add, before.length);
    this.files.set(p, data);
    this.written.add(p);
    this.removed.delete(p);
    return { ok: true };
  }

  stat(path) {
    const p = this.resolve(path);
    if (this.dirs.has(p)) return { ok: { dir: true, size: 4096 } };
    const data = this.files.get(p);
    return data ? { ok: { dir: false, size: data.length } } : this.fail('ENOENT', 'stat', path);
  }

  readdir(path) {
    const p = this.resolve(path);
    if (!this.dirs.has(p)) return this.fail(this.files.has(p) ? 'ENOTDIR' : 'ENOENT', 'scandir', path);
    const prefix = p === '/' ? '/' : p + '/';
    const names = new Set();
    for (const key of [...this.files.keys(), ...this.dirs, ...this.links.keys()]) {
      if (key.startsWith(prefix) && key !== p && !key.slice(prefix.length).includes('/')) names.add(key.slice(prefix.length));
    }
    return { ok: [...names].sort() };
  }

  mkdir(path, recursive) {
    const p = this.resolve(path);
    if (this.dirs.has(p) || this.files.has(p)) return recursive && this.dirs.has(p) ? { ok: true } : this.fail('EEXIST', 'mkdir', path);
    if (!this.dirs.has(parentOf(p))) {
      if (!recursive) return this.fail('ENOENT', 'mkdir', path);
      this.mkdir(parentOf(p), true);
    }
    this.dirs.add(p);
    this.made.add(p);
    this.removed.delete(p);
    return { ok: true };
  }

  remove(path, recursive) {
    const p = this.resolve(path);
    if (this.files.delete(p)) {
      this.written.delete(p);
      this.removed.add(p);
      return { ok: true };
    }
    if (!this.dirs.has(p)) return this.fail('ENOENT', recursive ? 'rm' : 'unlink', path);
    const inside = [...this.files.keys(), ...this.dirs].filter((k) => k.startsWith(p + '/'));
    if (inside.length && !recursive) return this.fail('ENOTEMPTY', 'rmdir', path);
    for (const k of inside) this.remove(k, true);
    this.dirs.delete(p);
    this.made.delete(p);
    this.removed.add(p);
    return { ok: true };
  }

  rename(from, to) {
    const src = this.resolve(from);
    const data = this.files.get(src);
    if (!data) return this.fail('ENOENT', 'rename', from);
    this.remove(from, false);
    this.files.set(this.resolve(to), data);
    this.written.add(this.resolve(to));
    return { ok: true };
  }

  /** What changed since the last call: files written, directories made, paths removed. */
  changes() {
    const out = { written: [...this.written].map((p) => [p, this.files.get(p)]), made: [...this.made], removed: [...this.removed] };
    this.written.clear();
    this.made.clear();
    this.removed.clear();
    return out;
  }
}
