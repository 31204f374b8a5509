// A container's mounts at create: named and anonymous volumes (an image's VOLUME included) and bind
// mounts from the learner's machine, grafted into its root; at restore, grafted again.
import type { MountPoint, MountSpec } from '../api/containers.ts';
import { VolumeStore, mountpoint } from '../volumes/store.ts';
import type { Vfs } from '../../vfs/vfs.ts';
import { cloneNode } from '../../vfs/vfs.ts';
import { makeDir } from '../../vfs/nodes.ts';
import { normalize } from '../../vfs/path.ts';
import type { DirNode, FsNode } from '../../vfs/types.ts';
import type { Container } from './container.ts';
import { BindSourceMissing, DuplicateMountPoint, InvalidMountConfig, MountTargetIsRoot } from '../errors/container.ts';

/** What mounting needs: the volumes, the host's files, the time, and a fresh anonymous volume name. */
export interface MountDeps {
  volumes: VolumeStore;
  hostFs(): Vfs | undefined;
  now: number;
  anonymousName(): string;
}

/** What a container asks to have mounted: `-v` binds, `--mount` specs, and the image's VOLUME paths. */
export interface MountRequest {
  binds: readonly string[];
  specs: readonly MountSpec[];
  anonymousTargets: readonly string[];
}

/** Volumes (named, anonymous, from the image's VOLUME), bind mounts and tmpfs, grafted into the root. */
export function setUpMounts(deps: MountDeps, c: Container, request: MountRequest): MountPoint[] {
  const mounts: MountPoint[] = [];
  const add = (m: MountPoint) => {
    if (mounts.some((o) => o.Destination === m.Destination)) throw new DuplicateMountPoint(m.Destination);
    mounts.push(m);
  };
  for (const bind of request.binds) {
    const [source, target, mode = ''] = bind.split(':');
    const rw = !mode.split(',').includes('ro');
    if (source.startsWith('/')) {
      const hostFs = deps.hostFs();
      if (!hostFs) throw new BindSourceMissing(source);
      // `-v` makes a missing host directory, as dockerd does for the old syntax (`--mount` does not).
      if (!hostFs.exists(source)) hostFs.mkdir(source, { recursive: true });
      c.graft(target, hostFs.stat(source));
      add({ Type: 'bind', Source: source, Destination: target, Mode: mode, RW: rw, Propagation: 'rprivate' });
    } else add(mountVolume(deps, c, source, target, { mode: mode || 'z', rw, copy: true }));
  }
  for (const spec of request.specs) add(mountSpec(deps, c, spec));
  for (const target of request.anonymousTargets) {
    if (mounts.some((m) => m.Destination === target)) continue;
    mounts.push(mountVolume(deps, c, '', target, { mode: '', rw: true, copy: true }));
  }
  return mounts;
}

// One `--mount`, checked as volume/mounts' linuxParser.validateMountConfigImpl does, then mounted.
function mountSpec(deps: MountDeps, c: Container, spec: MountSpec): MountPoint {
  const type = spec.Type;
  const bad = (reason: string) => new InvalidMountConfig(type, reason);
  const target = spec.Target ?? '';
  if (target === '') throw bad('field Target must not be empty');
  if (normalize(target) === '/') throw new MountTargetIsRoot();
  if (!target.startsWith('/')) throw bad(`invalid mount path: '${target}' mount path must be absolute`);
  const destination = normalize(target);
  const source = spec.Source ?? '';
  const rw = !spec.ReadOnly;
  if (type === 'bind') {
    if (source === '') throw bad('field Source must not be empty');
    if (spec.VolumeOptions) throw bad('field VolumeOptions must not be specified');
    if (!source.startsWith('/')) throw bad(`invalid mount path: '${source}' mount path must be absolute`);
    const hostFs = deps.hostFs();
    if (!hostFs?.exists(source)) {
      if (!spec.BindOptions?.CreateMountpoint || !hostFs) throw new BindSourceMissing(source);
      hostFs.mkdir(source, { recursive: true });
    }
    c.graft(destination, hostFs.stat(source));
    return { Type: 'bind', Source: normalize(source), Destination: destination, Mode: '', RW: rw, Propagation: spec.BindOptions?.Propagation || 'rprivate' };
  }
  if (type === 'volume') {
    if (spec.BindOptions) throw bad('field BindOptions must not be specified');
    if (spec.ReadOnly && source === '') throw bad('must not set ReadOnly mode when using anonymous volumes');
    return mountVolume(deps, c, source, destination, { mode: '', rw, copy: !spec.VolumeOptions?.NoCopy, labels: spec.VolumeOptions?.Labels });
  }
  if (type === 'tmpfs') {
    if (spec.BindOptions) throw bad('field BindOptions must not be specified');
    if (source !== '') throw bad('field Source must not be specified');
    // A tmpfs is memory of the container's own: empty, written to nothing the engine keeps.
    c.graft(destination, makeDir({ mode: spec.TmpfsOptions?.Mode ?? 0o1777, mtime: Math.floor(deps.now / 1000) }));
    return { Type: 'tmpfs', Source: '', Destination: destination, Mode: '', RW: rw, Propagation: '' };
  }
  throw bad('mount type unknown');
}

// A named volume (made when missing) or, with no name, a fresh anonymous one; an empty volume first
// gets a copy of what the image has at the target unless nocopy was asked for.
function mountVolume(deps: MountDeps, c: Container, name: string, target: string, o: { mode: string; rw: boolean; copy: boolean; labels?: Record<string, string> }): MountPoint {
  const anonymous = name === '';
  const volumeName = anonymous ? deps.anonymousName() : name;
  const volume = deps.volumes.create(volumeName, deps.now, o.labels ?? {}, {}, anonymous);
  if (o.copy) fillVolume(c, volume.tree, target);
  c.graft(target, volume.tree);
  return { Type: 'volume', Name: volumeName, Source: mountpoint(volumeName), Destination: target, Driver: 'local', Mode: o.mode, RW: o.rw, Propagation: '' };
}

/** Grafts a restored container's volumes and bind mounts back into its root. */
export function remount(volumes: VolumeStore, hostFs: Vfs | undefined, c: Container): void {
  for (const m of c.record.mounts) {
    if (m.Type === 'volume' && m.Name && volumes.has(m.Name)) c.graft(m.Destination, volumes.get(m.Name).tree);
    else if (m.Type === 'bind' && hostFs?.exists(m.Source)) c.graft(m.Destination, hostFs.stat(m.Source));
    else if (m.Type === 'tmpfs') c.graft(m.Destination, makeDir({ mode: 0o1777 }));
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
