// GET /images/{name}/history — moby daemon/images/image_history.go: one row per history entry,
// newest first; the image's own ID on the top row, its parents' IDs below while a parent chain is
// stored locally, and `<missing>` for the rest.
import type { HistoryResponseItem } from '../api/images.ts';
import type { ImageStore } from '../store/image-store.ts';
import { unixSeconds } from '../clock.ts';
import { familiarName } from './names.ts';
import { lookupImage } from './lookup.ts';

/** The history rows of the image a name or ID refers to. */
export function imageHistory(store: ImageStore, nameOrId: string): HistoryResponseItem[] {
  const id = lookupImage(store, nameOrId);
  const config = store.config(id);
  const rows: HistoryResponseItem[] = [];
  let layer = 0;
  for (const entry of config.history) {
    let size = 0;
    if (!entry.empty_layer) {
      size = store.layer(config.rootfs.diff_ids[layer])?.size ?? 0;
      layer++;
    }
    rows.unshift({ Id: '<missing>', Created: entry.created ? unixSeconds(entry.created) : 0, CreatedBy: entry.created_by ?? '', Tags: null, Size: size, Comment: entry.comment ?? '' });
  }
  let current: string | undefined = id;
  for (const row of rows) {
    if (!current) break;
    row.Id = current;
    const tags = store.tagsOf(current).map(familiarName);
    row.Tags = tags.length ? tags : null;
    current = store.image(current)?.parent || undefined;
  }
  return rows;
}
