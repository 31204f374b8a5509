// The steps that write a layer (RUN, COPY/ADD, WORKDIR): each computes its cache key, reuses a cached
// layer (`CACHED`) or does the work on a copy of the stage's tree, and records the layer it wrote.
import type { DirNode } from '../../../vfs/types.ts';
import { cloneNode, Vfs } from '../../../vfs/vfs.ts';
import { applyLayer, layerFromDiff } from '../../../vfs/layers/index.ts';
import { readTar } from '../../../vfs/tar/read.ts';
import { writeTar } from '../../../vfs/tar/write.ts';
import { layerSize } from '../../../vfs/tar/size.ts';
import { sha256Digest } from '../../model/digest.ts';
import { rfc3339Nano, type EngineHost } from '../../clock.ts';
import { BuildCache } from '../cache/build-cache.ts';
import { BuildError } from './errors.ts';
import { snapshotId } from './ids.ts';
import type { VertexRun } from './progress.ts';
import type { StageState } from './stage-state.ts';

/** What a layer step needs from the build. */
export interface StepContext {
  cache: BuildCache;
  host: EngineHost;
  noCache: boolean;
}

const trees = new WeakMap<StageState, () => DirNode>();

/** How many layers an image may stack: the overlay2 driver mounts at most this many lowers. */
export const MAX_LAYERS = 127;

/** Sets how a stage's tree is produced. */
export function setTree(stage: StageState, make: () => DirNode): void {
  let tree: DirNode | undefined;
  trees.set(stage, () => (tree ??= make()));
}

/** The stage's current tree (realising it). */
export function getTree(stage: StageState): DirNode {
  const make = trees.get(stage);
  if (!make) throw new Error('stage has no filesystem');
  return make();
}

// The chain ID of each stage's layers so far, by the layers array (a stage's FROM replaces it): a step
// adds one hash to it instead of hashing the whole chain again.
const chains = new WeakMap<StageState['layers'], { count: number; chainId: string }>();

// The chain ID of the stage's layers with `diffId` on top (chain(0) = diff(0), chain(n) = sha256("chain(n-1) diff(n)")).
function chainOnto(stage: StageState, diffId: string): string {
  const known = chains.get(stage.layers) ?? { count: 0, chainId: '' };
  let chainId = known.chainId;
  for (let i = known.count; i < stage.layers.length; i++) chainId = i === 0 ? stage.layers[i].diffId : sha256Digest(`${chainId} ${stage.layers[i].diffId}`);
  chains.set(stage.layers, { count: stage.layers.length, chainId });
  return stage.layers.length === 0 ? diffId : sha256Digest(`${chainId} ${diffId}`);
}

/**
 * Runs a layer step: on a cache hit marks the vertex CACHED and replays the cached layer lazily;
 * otherwise `work` changes a copy of the tree and the difference becomes the layer. `description` is
 * what BuildKit calls the snapshot in its cache (the vertex's name, or an exec's mount).
 */
export async function layerStep(
  stage: StageState,
  ctx: StepContext,
  vertex: VertexRun,
  keyParts: unknown[],
  createdBy: string,
  work: (fs: Vfs) => Promise<void> | void,
  description = vertex.name,
): Promise<void> {
  const key = BuildCache.key(stage.cacheKey, ...keyParts);
  // The snapshot a step writes on needs every layer below it as a lower: one more is one too many.
  if (stage.layers.length >= MAX_LAYERS) throw new BuildError(`failed to prepare ${snapshotId(key)}: max depth exceeded`);
  const hit = ctx.noCache ? undefined : ctx.cache.get(key);
  let record = hit;
  if (hit) {
    const parent = trees.get(stage)!;
    setTree(stage, () => {
      const tree = parent();
      applyLayer(tree, readTar(hit.tar));
      return tree;
    });
    ctx.cache.touch(key, rfc3339Nano(ctx.host.now()));
    vertex.cached(hit.diffId);
  } else {
    const lower = getTree(stage);
    const upper = cloneNode(lower);
    const fs = new Vfs(upper, { clock: () => ctx.host.now() });
    await work(fs);
    const entries = layerFromDiff(lower, upper);
    const tar = writeTar(entries);
    const diffId = sha256Digest(tar);
    const chainId = chainOnto(stage, diffId);
    record = { key, diffId, size: layerSize(entries), tar, created: rfc3339Nano(ctx.host.now()), chainId, description };
    ctx.cache.put(record);
    setTree(stage, () => upper);
    vertex.done(record.diffId);
  }
  const done = record!;
  stage.cacheKey = key;
  stage.layers.push({ diffId: done.diffId, size: done.size, tar: () => done.tar });
  stage.history.push({ created: done.created, created_by: createdBy, comment: 'buildkit.dockerfile.v0' });
  stage.lastCreated = done.created;
}
