// An image's root filesystem: its layers stacked in order. Built once per image and cached for the
// session; callers get their own copy to write on (a container, a build step).
import type { DirNode } from '../../vfs/types.ts';
import { cloneNode } from '../../vfs/vfs.ts';
import { treeFromLayers } from '../../vfs/layers/index.ts';
import { readTar } from '../../vfs/tar/read.ts';
import type { ImageStore } from '../store/image-store.ts';

const cache = new WeakMap<ImageStore, Map<string, DirNode>>();

/** A private, writable copy of the image's root filesystem tree. */
export function imageRootfs(store: ImageStore, imageId: string): DirNode {
  let perStore = cache.get(store);
  if (!perStore) cache.set(store, (perStore = new Map()));
  let tree = perStore.get(imageId);
  if (!tree) {
    const layers = store.config(imageId).rootfs.diff_ids.map((diffId) => {
      const tar = store.layerTar(diffId);
      if (!tar) throw new Error(`layer ${diffId} of image ${imageId} is missing from the store`);
      return readTar(tar);
    });
    tree = treeFromLayers(layers);
    perStore.set(imageId, tree);
  }
  return cloneNode(tree);
}
