// A container's mounts at create: named and anonymous volumes (an image's VOLUME included) and bind
// mounts from the learner's machine, grafted into its root; at restore, grafted again.
import type { MountPoint } from '../api/containers.ts';
import { VolumeStore, mountpoint } from '../volumes/store.ts';
import type { Vfs } from '../../vfs/vfs.ts';
import { cloneNode } from '../../vfs/vfs.ts';
import type { DirNode, FsNode } from '../../vfs/types.ts';
import type { Container } from './container.ts';
import { BindSourceMissing } from '../errors/container.ts';

/** What mounting needs: the volumes, the host's files, the time, and a fresh anonymous volume name. */
export interface MountDeps {
  volumes: VolumeStore;
  hostFs(): Vfs | undefined;
  now: number;
  anonymousName(): string;
}

/** Volumes (named, anonymous, from the image's VOLUME) and bind mounts, grafted into the root. */
export function setUpMounts(deps: MountDeps, c: Container, binds: readonly string[], anonymousTargets: readonly string[]): MountPoint[] {
  const mounts: MountPoint[] = [];
  for (const bind of binds) {
    const [source, target, mode = ''] = bind.split(':');
    const rw = !mode.split(',').includes('ro');
    if (source.startsWith('/')) {
      const hostFs = deps.hostFs();
      if (!hostFs) throw new BindSourceMissing(source);
      if (!hostFs.exists(source)) hostFs.mkdir(source, { recursive: true });
      c.graft(target, hostFs.stat(source));
      mounts.push({ Type: 'bind', Source: source, Destination: target, Mode: mode, RW: rw, Propagation: 'rprivate' });
    } else {
      const volume = deps.volumes.create(source, deps.now);
      fillVolume(c, volume.tree, target);
      c.graft(target, volume.tree);
      mounts.push({ Type: 'volume', Name: source, Source: mountpoint(source), Destination: target, Driver: 'local', Mode: mode || 'z', RW: rw, Propagation: '' });
    }
  }
  for (const target of anonymousTargets) {
    if (mounts.some((m) => m.Destination === target)) continue;
    const name = deps.anonymousName();
    const volume = deps.volumes.create(name, deps.now, {}, {}, true);
    fillVolume(c, volume.tree, target);
    c.graft(target, volume.tree);
    mounts.push({ Type: 'volume', Name: name, Source: mountpoint(name), Destination: target, Driver: 'local', Mode: '', RW: true, Propagation: '' });
  }
  return mounts;
}

/** Grafts a restored container's volumes and bind mounts back into its root. */
export function remount(volumes: VolumeStore, hostFs: Vfs | undefined, c: Container): void {
  for (const m of c.record.mounts) {
    if (m.Type === 'volume' && m.Name && volumes.has(m.Name)) c.graft(m.Destination, volumes.get(m.Name).tree);
    else if (m.Type === 'bind' && hostFs?.exists(m.Source)) c.graft(m.Destination, hostFs.stat(m.Source));
  }
}

// An empty volume mounted over image content gets a copy of it first, and the directory's owner and
// mode, as dockerd's copyExistingContents + copyOwnership do (so a USER can write a VOLUME it chowns).
function fillVolume(c: Container, tree: DirNode, target: string): void {
  if (tree.children.size > 0) return;
  let node: DirNode | undefined = c.base;
  for (const part of target.split('/').filter(Boolean)) {
    const child: FsNode | undefined = node?.children.get(part);
    node = child?.type === 'dir' ? child : undefined;
  }
  if (!node) return;
  for (const [name, child] of node.children) tree.children.set(name, cloneNode(child));
  Object.assign(tree, { uid: node.uid, gid: node.gid, mode: node.mode });
}
