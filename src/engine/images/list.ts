// GET /images/json: the rows of `docker images`, newest first, with the daemon's filters
// (moby daemon/images/image_list.go): reference, dangling, before, since, label.
import type { ImageSummary } from '../api/images.ts';
import type { ImageStore } from '../store/image-store.ts';
import { unixSeconds } from '../clock.ts';
import { familiarMatch, familiarString, parseNormalizedNamed } from '../model/reference/normalize.ts';
import { lookupImage } from './lookup.ts';
import { InvalidFilter } from '../errors/filter.ts';
import { validateFilters } from '../model/accepted-filters.ts';

/** Options of the list endpoint that the daemon applies (the CLI applies none itself). */
export interface ImageListOptions {
  all?: boolean;
  /** Filters as the API takes them: `{reference: ['alpine'], dangling: ['true']}`. */
  filters?: Record<string, string[]>;
}

const KNOWN_FILTERS = new Set(['reference', 'dangling', 'before', 'since', 'label', 'until']);

/** Every image's summary; intermediate images (untagged parents) only with `all`. */
export function listImages(store: ImageStore, options: ImageListOptions = {}): ImageSummary[] {
  const filters = options.filters ?? {};
  validateFilters(filters, KNOWN_FILTERS);
  const dangling = danglingFilter(filters.dangling);
  const createdOf = (ref: string) => unixSeconds(store.config(lookupImage(store, ref)).created);
  const before = filters.before?.map(createdOf);
  const since = filters.since?.map(createdOf);
  const parents = new Set(store.allImages().map((image) => image.parent).filter(Boolean));

  const rows: ImageSummary[] = [];
  const namesOf = store.namesByImage();
  for (const image of store.allImages()) {
    const config = store.configView(image.id);
    const created = unixSeconds(config.created);
    if (before && !before.every((t) => created < t)) continue;
    if (since && !since.every((t) => created > t)) continue;
    const labels = config.config.Labels ?? {};
    if (filters.label && !filters.label.every((l) => labelMatches(labels, l))) continue;

    const names = (namesOf.get(image.id) ?? []).map((n) => parseNormalizedNamed(n));
    const shown = filters.reference ? names.filter((ref) => filters.reference!.some((p) => familiarMatch(p, ref))) : names;
    let repoTags = shown.filter((r) => r.tag).map((r) => familiarString(r));
    let repoDigests = shown.filter((r) => r.digest).map((r) => familiarString(r));
    if (repoTags.length === 0 && repoDigests.length === 0) {
      if (!(options.all || !parents.has(image.id))) continue;
      if (dangling === false || filters.reference) continue;
      repoTags = ['<none>:<none>'];
      repoDigests = ['<none>@<none>'];
    } else if (dangling === true && repoTags.length > 0) {
      continue;
    }
    rows.push({
      Id: image.id,
      ParentId: image.parent,
      RepoTags: repoTags,
      RepoDigests: repoDigests,
      Created: created,
      Size: store.imageSize(image.id),
      SharedSize: -1,
      Labels: { ...labels },
      Containers: -1,
    });
  }
  return rows.sort((a, b) => b.Created - a.Created);
}

function danglingFilter(values: string[] | undefined): boolean | undefined {
  if (!values) return undefined;
  const value = values[values.length - 1].toLowerCase();
  if (value === 'true' || value === '1') return true;
  if (value === 'false' || value === '0') return false;
  throw new InvalidFilter(`dangling=${values[values.length - 1]}`);
}

function labelMatches(labels: Record<string, string>, filter: string): boolean {
  const eq = filter.indexOf('=');
  if (eq < 0) return filter in labels;
  return labels[filter.slice(0, eq)] === filter.slice(eq + 1);
}
