// The files dockerd puts in every container besides its image: `/.dockerenv` (from the init layer) and
// /etc/hostname and /etc/hosts (bind-mounted from the container's directory, rewritten when it joins
// its network). They are not the container's own changes: `docker diff` and `commit` leave them out.
import type { DirNode, FileNode, FsNode } from '../../vfs/types.ts';
import { encodeUtf8 } from '../../vfs/utf8.ts';
import { makeDir } from '../../vfs/vfs.ts';

/** The paths dockerd provides, which are never part of the container's layer. */
export const INIT_PATHS = ['.dockerenv', 'etc/hostname', 'etc/hosts'] as const;

// libnetwork's etchosts default records, then the container's own line once it has an address.
const DEFAULT_HOSTS = ['127.0.0.1\tlocalhost', '::1\tlocalhost ip6-localhost ip6-loopback', 'fe00::0\tip6-localnet', 'ff00::0\tip6-mcastprefix', 'ff02::1\tip6-allnodes', 'ff02::2\tip6-allrouters'];

/** /etc/hosts as dockerd writes it: the defaults, then `IP\tfqdn [short]` when the container has an address. */
export function hostsFile(hostname: string, domainname: string, ip: string): string {
  const fqdn = domainname ? `${hostname}.${domainname}` : hostname;
  const names = fqdn.includes('.') ? `${fqdn} ${fqdn.slice(0, fqdn.indexOf('.'))}` : fqdn;
  return [...DEFAULT_HOSTS, ...(ip ? [`${ip}\t${names}`] : [])].join('\n') + '\n';
}

/** Writes /.dockerenv, /etc/hostname and /etc/hosts into a container's root (at create, restore and network join). */
export function writeInitFiles(root: DirNode, c: { hostname: string; domainname: string; ip: string }, mtime: number): void {
  const file = (text: string, mode: number): FileNode => ({ type: 'file', mode, uid: 0, gid: 0, mtime, data: encodeUtf8(text) });
  place(root, '.dockerenv', file('', 0o755), mtime);
  place(root, 'etc/hostname', file(`${c.hostname}\n`, 0o644), mtime);
  place(root, 'etc/hosts', file(hostsFile(c.hostname, c.domainname, c.ip), 0o644), mtime);
}

/** A shallow copy of `root` where each init path holds what the image has there, or nothing (nor a parent made for it). */
export function withoutInitFiles(root: DirNode, base: DirNode): DirNode {
  const copy: DirNode = { ...root, children: new Map(root.children) };
  for (const path of INIT_PATHS) {
    const [parent, name] = path.includes('/') ? [path.slice(0, path.indexOf('/')), path.slice(path.indexOf('/') + 1)] : ['', path];
    let dir: DirNode = copy;
    let below: FsNode | undefined = base;
    if (parent) {
      const child = copy.children.get(parent);
      if (child?.type !== 'dir') continue;
      dir = { ...child, children: new Map(child.children) };
      copy.children.set(parent, dir);
      below = base.children.get(parent);
    }
    const lower = below?.type === 'dir' ? below.children.get(name) : undefined;
    if (lower) dir.children.set(name, lower);
    else dir.children.delete(name);
    // A scratch image has no /etc: the one made for the files is not the container's either.
    if (parent && !below && dir.children.size === 0) copy.children.delete(parent);
  }
  return copy;
}

/**
 * `root` as `docker export` reads it: with dockerd's init layer on top (empty /.dockerenv, /etc/hostname,
 * /etc/hosts, /etc/resolv.conf and /dev/console, /etc/mtab → /proc/mounts, and the mountpoint
 * directories), since the bind mounts that fill those files are not part of the exported filesystem.
 */
export function withInitLayer(root: DirNode, mtime: number): DirNode {
  const copy: DirNode = { ...root, children: new Map(root.children) };
  const empty = (): FileNode => ({ type: 'file', mode: 0o755, uid: 0, gid: 0, mtime, data: new Uint8Array() });
  for (const dir of ['dev/pts', 'dev/shm', 'proc', 'sys']) {
    const parent = parentCopy(copy, dir, mtime);
    const name = dir.slice(dir.lastIndexOf('/') + 1);
    if (parent.children.get(name)?.type !== 'dir') parent.children.set(name, makeDir({ mtime }));
  }
  for (const path of ['.dockerenv', 'etc/resolv.conf', 'etc/hosts', 'etc/hostname', 'dev/console']) parentCopy(copy, path, mtime).children.set(path.slice(path.lastIndexOf('/') + 1), empty());
  parentCopy(copy, 'etc/mtab', mtime).children.set('mtab', { type: 'symlink', mode: 0o777, uid: 0, gid: 0, mtime, target: '/proc/mounts' });
  return copy;
}

// The directory that holds `path` in a tree whose root is already a copy: each directory on the way is
// copied (or made), so the original tree is left as it was.
function parentCopy(copy: DirNode, path: string, mtime: number): DirNode {
  let dir = copy;
  for (const part of path.split('/').slice(0, -1)) {
    const child = dir.children.get(part);
    const next: DirNode = child?.type === 'dir' ? { ...child, children: new Map(child.children) } : makeDir({ mtime });
    dir.children.set(part, next);
    dir = next;
  }
  return dir;
}

// Puts a node at a relative path, making parent directories as the runtime's mountpoints do.
function place(root: DirNode, path: string, node: FsNode, mtime: number): void {
  const parts = path.split('/');
  let dir = root;
  for (const part of parts.slice(0, -1)) {
    let child = dir.children.get(part);
    if (child?.type !== 'dir') {
      child = makeDir({ mtime });
      dir.children.set(part, child);
    }
    dir = child;
  }
  dir.children.set(parts[parts.length - 1], node);
}
