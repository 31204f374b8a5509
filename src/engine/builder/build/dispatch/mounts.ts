// RUN --mount as BuildKit has it: a mount exists only while its step runs and lands in no layer.
// secret: the `--secret` bytes at /run/secrets/<id> (mode 0400, root's unless uid/gid/mode say
// otherwise) and/or in an env variable; cache: a directory kept in the build cache across builds;
// bind: a directory of the context, another stage or an image; tmpfs: an empty directory.
import type { DirNode, FsNode } from '../../../../vfs/types.ts';
import { cloneNode, makeDir, Vfs } from '../../../../vfs/vfs.ts';
import { rfc3339Nano } from '../../../clock.ts';
import { contentChecksum } from '../../context/checksum.ts';
import type { RunMount } from '../../instructions/types.ts';
import { resolveBaseImage } from '../base-image.ts';
import { BuildError } from '../errors.ts';
import { refId } from '../ids.ts';
import { stageIndex } from '../plan.ts';
import type { StageState } from '../stage-state.ts';
import { getTree } from '../steps.ts';
import type { DispatchRequest } from './types.ts';
import { loadContextVertex } from './vertex.ts';

/** A mount with its values expanded and its source found, ready to put in place. */
export interface PreparedMount {
  type: RunMount['type'];
  target: string;
  /** secret: the secret ID; cache: the cache ID. */
  id: string;
  required: boolean;
  env: string | null;
  mode: number | null;
  uid: number | null;
  gid: number | null;
  /** bind: the node mounted (a copy is put in place). */
  source?: FsNode;
  /** What the step's cache key includes: never a secret's value or a cache's content. */
  key: unknown[];
}

/** Expands and resolves a RUN's mounts (bind sources load the context or another stage). */
export function prepareMounts(d: DispatchRequest<'RUN'>): PreparedMount[] {
  return d.cmd.mounts.map((m) => {
    const target = m.target ? absolute(d.expand(m.target), d.state) : '';
    const common = { required: m.required, mode: m.mode, uid: m.uid, gid: m.gid, env: m.env === null ? null : d.expand(m.env) };
    if (m.type === 'secret') {
      const source = d.expand(m.source);
      let id = source || d.expand(m.cacheId);
      if (!id) id = basename(target);
      const at = target || (common.env === null ? `/run/secrets/${basename(id)}` : '');
      return { ...common, type: m.type, target: at, id, key: ['secret', id, at, common.env, m.mode, m.uid, m.gid] };
    }
    if (!target) throw new BuildError('mount target is required');
    if (m.type === 'cache') {
      const id = d.expand(m.cacheId) || target;
      return { ...common, type: m.type, target, id, key: ['cache', id, target] };
    }
    if (m.type === 'bind') {
      const source = bindSource(d, d.expand(m.from), d.expand(m.source) || '/');
      return { ...common, type: m.type, target, id: '', source, key: ['bind', target, m.readOnly, contentChecksum(source)] };
    }
    return { ...common, type: m.type, target, id: '', key: [m.type, target] };
  });
}

/** Puts the mounts in place on the step's filesystem (`exec` names the step's process, `exec /bin/sh -c …`,
 *  as a new cache mount's description does); returns the env they add and how to take them away. */
export function mountAll(d: DispatchRequest<'RUN'>, fs: Vfs, mounts: PreparedMount[], exec: string): { env: string[]; unmount(): void } {
  const env: string[] = [];
  const undo: (() => void)[] = [];
  const secrets = d.ctx.req.secrets ?? new Map<string, Uint8Array>();
  for (const m of mounts) {
    let node: FsNode;
    if (m.type === 'secret') {
      const data = secrets.get(m.id);
      if (!data) {
        if (m.required) throw new BuildError(`secret ${m.id}: not found`);
        continue;
      }
      if (m.env !== null) env.push(`${m.env}=${new TextDecoder().decode(data)}`);
      if (!m.target) continue;
      node = { type: 'file', mode: m.mode ?? 0o400, uid: m.uid ?? 0, gid: m.gid ?? 0, mtime: fs.now(), data: data.slice() };
    } else if (m.type === 'cache') {
      const use = { description: `cached mount ${m.target} from ${exec}`, at: rfc3339Nano(d.ctx.deps.host.now()) };
      node = d.ctx.deps.cache.mountDir(m.id, () => makeDir({ mode: m.mode ?? 0o755, uid: m.uid ?? 0, gid: m.gid ?? 0, mtime: fs.now() }), use);
      const id = m.id;
      undo.push(() => {
        const kept = fs.lexists(m.target) ? fs.lstat(m.target) : undefined;
        if (kept?.type === 'dir') d.ctx.deps.cache.setMountDir(id, kept);
      });
    } else if (m.type === 'bind') node = cloneNode(m.source!);
    else node = makeDir({ mode: 0o1777, mtime: fs.now() });
    undo.push(graft(fs.root, m.target, node));
  }
  return { env, unmount: () => undo.reverse().forEach((f) => f()) };
}

// Puts `node` at `path`, making missing parent directories (mount stubs); returns how to restore the
// tree exactly as it was, parents' times included, as BuildKit removes its mount stubs.
function graft(root: DirNode, path: string, node: FsNode): () => void {
  const parts = path.split('/').filter(Boolean);
  const name = parts.pop()!;
  let dir = root;
  const made: { parent: DirNode; name: string }[] = [];
  for (const part of parts) {
    let next = dir.children.get(part);
    if (!next) {
      next = makeDir({ mtime: dir.mtime });
      dir.children.set(part, next);
      made.push({ parent: dir, name: part });
    }
    if (next.type !== 'dir') throw new BuildError(`failed to mount ${path}: not a directory`);
    dir = next;
  }
  const parent = dir;
  const before = parent.children.get(name);
  parent.children.set(name, node);
  return () => {
    if (before) parent.children.set(name, before);
    else parent.children.delete(name);
    for (const m of made.reverse()) {
      const stub = m.parent.children.get(m.name);
      if (stub?.type === 'dir' && stub.children.size === 0) m.parent.children.delete(m.name);
    }
  };
}

// The node a bind mount shows: from the context (default), another stage, or an image.
function bindSource(d: DispatchRequest<'RUN'>, from: string, source: string): FsNode {
  let root: DirNode;
  if (!from) {
    loadContextVertex(d.ctx);
    root = d.ctx.context.root;
  } else {
    const dep = stageIndex(d.ctx.stages, from, d.state.index);
    root = dep >= 0 ? getTree(d.ctx.states.get(dep)!) : resolveBaseImage(d.ctx.deps.store, d.ctx.deps, from, d.ctx.platform, false).tree();
  }
  const fs = new Vfs(root);
  if (!fs.exists(source)) throw new BuildError(`failed to compute cache key: failed to calculate checksum of ref ${refId(d.state.cacheKey)}: "${source.startsWith('/') ? source : `/${source}`}": not found`);
  return fs.stat(source);
}

function absolute(path: string, state: StageState): string {
  return path.startsWith('/') ? path : `${(state.config.WorkingDir || '/').replace(/\/$/, '')}/${path}`;
}

function basename(path: string): string {
  const parts = path.split('/').filter(Boolean);
  return parts[parts.length - 1] ?? '';
}
