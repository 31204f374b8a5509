// POST /images/prune — moby daemon/images/image_prune.go: dangling images only (dangling=true, the
// CLI's default) or every image no container holds (dangling=false), narrowed by until and label;
// each goes through the image delete with pruning, conflicts skip it, and the space reclaimed is the
// size of the layers actually freed.
import type { ImageDeleteResponseItem, ImagePruneResponse } from '../api/images.ts';
import { EngineError } from '../errors/engine-error.ts';
import type { ImageStore } from '../store/image-store.ts';
import { deleteImage, ImageDeleteConflict, type ImageUsers } from './delete.ts';
import { chainIds, childrenOf, referencesOf } from './references.ts';
import { labelsMatch, untilFilter } from '../model/prune-filters.ts';
import { boolFilter } from '../model/bool-filter.ts';
import { validateFilters } from '../model/accepted-filters.ts';

const ACCEPTED_FILTERS = new Set(['dangling', 'label', 'label!', 'until']);

/** Deletes unused images; `filters` as the API takes them (`{dangling: ['true'], until: ['24h']}`); `now` in ms. */
export function pruneImages(store: ImageStore, users: ImageUsers, filters: Record<string, string[]>, now: number): ImagePruneResponse {
  validateFilters(filters, ACCEPTED_FILTERS);
  const danglingOnly = boolFilter(filters, 'dangling', true);
  const until = untilFilter(filters.until, now);
  const layerSizes = new Map<string, number>();
  for (const image of store.allImages()) {
    const diffIds = store.config(image.id).rootfs.diff_ids;
    chainIds(diffIds).forEach((chainId, i) => layerSizes.set(chainId, store.layer(diffIds[i])?.size ?? 0));
  }

  const candidates = store.allImages().filter((image) => {
    if (danglingOnly && childrenOf(store, image.id).length > 0) return false; // Heads() only
    if (referencesOf(store, image.id).length === 0 && childrenOf(store, image.id).length > 0) return false;
    const config = store.config(image.id);
    if (until !== undefined && Date.parse(config.created) > until) return false;
    return labelsMatch(filters, config.config.Labels ?? {});
  });

  const deleted: ImageDeleteResponseItem[] = [];
  for (const image of candidates) {
    if (!store.image(image.id)) continue; // already pruned as another image's parent
    const refs = referencesOf(store, image.id);
    const targets = refs.length === 0 ? [image.id.slice('sha256:'.length)] : danglingOnly && refs.some((r) => !r.ref.digest) ? [] : refs.map((r) => r.key);
    for (const target of targets) {
      try {
        deleted.push(...deleteImage(store, users, target, {}));
      } catch (error) {
        if (error instanceof ImageDeleteConflict || (error instanceof EngineError && error.kind === 'conflict')) continue;
        if (error instanceof EngineError && error.kind === 'notFound') continue;
        throw error;
      }
    }
  }
  let reclaimed = 0;
  for (const item of deleted) if ('Deleted' in item) reclaimed += layerSizes.get(item.Deleted) ?? 0;
  return { ImagesDeleted: deleted.length > 0 ? deleted : null, SpaceReclaimed: reclaimed };
}
