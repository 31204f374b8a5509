// The container filesystem endpoints: changes (`docker diff`), export, archive get/put (`docker cp`),
// commit (the read-write layer becomes an image layer) and import (a tarball becomes an image).
import type { FilesystemChange, PathStat } from '../api/containers.ts';
import type { ImageConfig } from '../api/images.ts';
import type { ImageConfigFile } from '../model/image-config.ts';
import type { ImageStore } from '../store/image-store.ts';
import { DOCKER_VERSION } from '../version.ts';
import { rfc3339Nano } from '../clock.ts';
import { diffTrees, entriesOfTree, layerFromDiff } from '../../vfs/layers/index.ts';
import type { TarEntry } from '../../vfs/tar/entry.ts';
import { readTar } from '../../vfs/tar/read.ts';
import { writeTar } from '../../vfs/tar/write.ts';
import { layerSize } from '../../vfs/tar/size.ts';
import type { FsNode } from '../../vfs/types.ts';
import type { Container } from './container.ts';
import { applyChanges } from './changes.ts';
import { withInitLayer } from './init-files.ts';
import { ExtractionPointNotDirectory, FileNotInContainer, InvalidTarHeader } from '../errors/container.ts';

/** GET /containers/{id}/changes: Kind 0 changed, 1 added, 2 deleted. */
export function containerChanges(c: Container): FilesystemChange[] {
  const kinds = { C: 0, A: 1, D: 2 } as const;
  return diffTrees(c.base, c.ownTree()).map((ch) => ({ Path: ch.path, Kind: kinds[ch.kind] }));
}

/** GET /containers/{id}/export: the whole filesystem as one tar, volumes left out, dockerd's init layer in. */
export function exportContainer(c: Container): Uint8Array {
  return writeTar(entriesOfTree(withInitLayer(c.ownTree(), Math.floor(Date.parse(c.record.created) / 1000))));
}

/** What GET /containers/{id}/archive returns: a tar of the path (named by its base name) and its stat. */
export interface Archive {
  tar: Uint8Array;
  entries: TarEntry[];
  /** The node's kind, as the X-Docker-Container-Path-Stat header tells the CLI. */
  isDir: boolean;
  name: string;
}

/** Go's os.ModeDir and os.ModeSymlink, as dockerd puts them in a path stat's mode. */
export const GO_MODE_DIR = 2 ** 31;
const GO_MODE_SYMLINK = 2 ** 27;

/** GET /containers/{id}/archive?path= — `path/.` archives a directory's contents. */
export function archiveGet(c: Container, path: string): Archive {
  const contentsOnly = /\/\.$/.test(path);
  const clean = path.replace(/\/\.$/, '') || '/';
  let node: FsNode;
  try {
    node = c.fs.stat(clean);
  } catch {
    throw new FileNotInContainer(path, c.displayName);
  }
  const name = clean === '/' ? '.' : clean.slice(clean.lastIndexOf('/') + 1);
  const entries: TarEntry[] = [];
  if (node.type === 'dir') {
    if (!contentsOnly) entries.push(entryOf(node, name));
    entries.push(...entriesOfTree(node, contentsOnly ? '' : name));
  } else entries.push(entryOf(node, name));
  return { tar: writeTar(entries), entries, isDir: node.type === 'dir', name };
}

/** HEAD /containers/{id}/archive?path=: the stat of a path in the container (X-Docker-Container-Path-Stat), or undefined. */
export function statPath(c: Container, path: string): PathStat | undefined {
  let node: FsNode;
  try {
    node = c.fs.stat(path);
  } catch {
    return undefined;
  }
  const name = path === '/' ? '/' : path.replace(/\/+$/, '').slice(path.replace(/\/+$/, '').lastIndexOf('/') + 1);
  const size = node.type === 'file' ? (node.size ?? node.data.length) : 0;
  const mode = node.mode + (node.type === 'dir' ? GO_MODE_DIR : node.type === 'symlink' ? GO_MODE_SYMLINK : 0);
  return { name, size, mode, mtime: rfc3339Nano(node.mtime * 1000), linkTarget: node.type === 'symlink' ? node.target : '' };
}

/** PUT /containers/{id}/archive?path= — extracts entries under a directory of the container. */
export function archivePut(c: Container, dir: string, entries: readonly TarEntry[]): void {
  let target: FsNode;
  try {
    target = c.fs.stat(dir);
  } catch {
    throw new FileNotInContainer(dir, c.displayName);
  }
  if (target.type !== 'dir') throw new ExtractionPointNotDirectory();
  for (const e of entries) {
    const path = `${dir.replace(/\/$/, '')}/${e.path}`;
    if (e.type === 'dir') {
      if (!c.fs.exists(path)) c.fs.mkdir(path, { recursive: true, mode: e.mode, uid: e.uid, gid: e.gid });
    } else if (e.type === 'symlink') {
      if (c.fs.lexists(path)) c.fs.rm(path, { recursive: true });
      c.fs.symlink(e.linkTarget ?? '', path, { uid: e.uid, gid: e.gid });
    } else {
      if (c.fs.lexists(path) && c.fs.lstat(path).type === 'dir') c.fs.rm(path, { recursive: true });
      c.fs.writeFile(path, e.data ?? new Uint8Array(), { mode: e.mode, uid: e.uid, gid: e.gid });
      const node = c.fs.lstat(path);
      if (node.type === 'file') {
        node.mode = e.mode;
        node.mtime = e.mtime;
        if (e.declaredSize !== undefined) node.size = e.declaredSize;
      }
    }
  }
}

/** Options of POST /commit. */
export interface CommitOptions {
  author?: string;
  comment?: string;
  changes?: string[];
}

/** POST /commit?container= — the container's layer on top of its image, with the history entry dockerd writes. */
export function commitContainer(store: ImageStore, c: Container, now: number, options: CommitOptions = {}): string {
  const parent = store.config(c.record.imageId);
  const layer = layerFromDiff(c.base, c.ownTree());
  const created = rfc3339Nano(now);
  const diffIds = [...parent.rootfs.diff_ids];
  const empty = layer.length === 0;
  if (!empty) diffIds.push(store.putLayer(writeTar(layer), layerSize(layer)).diffId);
  const cc = c.record.config;
  const base: ImageConfig = {
    Hostname: cc.Hostname, Domainname: cc.Domainname, User: cc.User, AttachStdin: cc.AttachStdin, AttachStdout: cc.AttachStdout,
    AttachStderr: cc.AttachStderr, ...(cc.ExposedPorts ? { ExposedPorts: cc.ExposedPorts } : {}), Tty: cc.Tty, OpenStdin: cc.OpenStdin,
    StdinOnce: cc.StdinOnce, Env: cc.Env, Cmd: cc.Cmd, Image: cc.Image, Volumes: cc.Volumes, WorkingDir: cc.WorkingDir,
    Entrypoint: cc.Entrypoint, OnBuild: cc.OnBuild, Labels: cc.Labels, ...(cc.StopSignal ? { StopSignal: cc.StopSignal } : {}),
  };
  const config: ImageConfigFile = {
    architecture: parent.architecture,
    ...(parent.variant ? { variant: parent.variant } : {}),
    os: parent.os,
    ...(options.author ? { author: options.author } : {}),
    config: applyChanges(base, options.changes ?? []),
    created,
    ...(options.comment ? { comment: options.comment } : {}),
    docker_version: DOCKER_VERSION.Version,
    history: [
      ...parent.history,
      {
        created,
        ...(options.author ? { author: options.author } : {}),
        created_by: (cc.Cmd ?? []).join(' '),
        ...(options.comment ? { comment: options.comment } : {}),
        ...(empty ? { empty_layer: true } : {}),
      },
    ],
    rootfs: { type: 'layers', diff_ids: diffIds },
  };
  return store.putImage(config, c.record.imageId);
}

/** POST /images/create?fromSrc=- — a tarball becomes a one-layer image; throws on a file that is not a tar. */
export function importImage(store: ImageStore, tar: Uint8Array, now: number, options: { message?: string; changes?: string[]; platform?: string } = {}): string {
  let entries: TarEntry[];
  try {
    entries = readTar(tar);
  } catch {
    throw new InvalidTarHeader();
  }
  const clean = entries.map((e) => ({ ...e, path: e.path.replace(/^\.\//, '').replace(/^\//, '') })).filter((e) => e.path !== '' && e.path !== '.');
  const layerTar = writeTar(clean);
  const { diffId } = store.putLayer(layerTar, layerSize(clean));
  const created = rfc3339Nano(now);
  const comment = options.message || 'Imported from -';
  const [os, arch] = (options.platform || 'linux/amd64').split('/');
  const config: ImageConfigFile = {
    architecture: arch ?? 'amd64',
    os,
    config: applyChanges({}, options.changes ?? []),
    created,
    comment,
    docker_version: DOCKER_VERSION.Version,
    history: [{ created, comment }],
    rootfs: { type: 'layers', diff_ids: [diffId] },
  };
  return store.putImage(config);
}

function entryOf(node: FsNode, path: string): TarEntry {
  return entriesOfTree({ type: 'dir', mode: 0o755, uid: 0, gid: 0, mtime: 0, children: new Map([['x', node]]) }, '').map((e) => ({ ...e, path: e.path === 'x' ? path : `${path}${e.path.slice(1)}` }))[0];
}
