// Pruning the build cache, as BuildKit's cache manager does (cache/manager.go prune): a record goes
// unless it is in use; without `all`, a record an image shares (its layer chain is an image's) stays
// too; `keepDuration` keeps what a build used more recently than that; filters in containerd's syntax
// (`type==regular`, `id~=^abc`) narrow it. moby's POST /build/prune reads its API filters into these.
// It loads with the builder (builder/entry.ts), which a first command does not need.
import { ConflictingFilters, BadCacheUntil, FilterOneValue } from '../../errors/filter.ts';
import { untilFilter } from '../../model/prune-filters.ts';
import type { ImageStore } from '../../store/image-store.ts';
import type { BuildCache } from './build-cache.ts';
import { cacheListing, type UsageRecord } from './usage.ts';
import { validateFilters } from '../../model/accepted-filters.ts';

/** What a prune removes: BuildKit's PruneInfo. */
export interface CachePruneOptions {
  all: boolean;
  /** Milliseconds: records used within this long before `now` stay. */
  keepDuration: number;
  /** containerd filters, each `field==value`, `field!=value`, `field~=regexp` or a bare field (all must hold). */
  filter: string[];
  now: number;
  /** Bytes: prune only until the cache's own (unshared) records take no more than this (0: no cap). */
  maxUsedSpace?: number;
  /** Bytes the cache may always keep, the floor under maxUsedSpace. */
  reservedSpace?: number;
}

/** Removes what `options` selects; the records removed, as listed before. */
export function pruneCache(cache: BuildCache, store: ImageStore, options: CachePruneOptions): UsageRecord[] {
  const listing = cacheListing(cache, store);
  const entries = listing.map((listed) => listed.entry);
  const sourceOf = new Map(listing.map(({ entry, source }) => [entry, source]));
  let chosen = filterEntries(entries, options.filter).filter((entry) => {
    if (entry.InUse || (!options.all && entry.Shared)) return false;
    return !(options.keepDuration > 0 && Date.parse(entry.LastUsedAt ?? entry.CreatedAt) > options.now - options.keepDuration);
  });
  // calculateKeepBytes: with a cap, the least recently used go first until the rest fits under it.
  const keepBytes = options.maxUsedSpace ? Math.max(options.maxUsedSpace, options.reservedSpace ?? 0) : 0;
  if (keepBytes > 0) {
    let total = entries.filter((e) => !e.Shared).reduce((sum, e) => sum + e.Size, 0);
    const oldestFirst = [...chosen].sort((a, b) => Date.parse(a.LastUsedAt ?? a.CreatedAt) - Date.parse(b.LastUsedAt ?? b.CreatedAt));
    chosen = [];
    for (const entry of oldestFirst) {
      if (total <= keepBytes) break;
      chosen.push(entry);
      if (!entry.Shared) total -= entry.Size;
    }
  }
  for (const entry of chosen) {
    const source = sourceOf.get(entry)!;
    if (source.kind === 'layer') cache.remove([source.key]);
    else cache.removeMount(source.id);
  }
  // Fetched bases are records too, listed nowhere here: they go with a prune that neither filters,
  // keeps recent use nor caps (a base an image in `docker images` holds is shared).
  if (options.filter.length === 0 && options.keepDuration === 0 && keepBytes === 0) {
    cache.dropBases((id) => !options.all && store.image(id) !== undefined);
  }
  return chosen;
}

/** The entries every clause of `filter` holds for (containerd's filter syntax). */
export function filterEntries(entries: UsageRecord[], filter: readonly string[]): UsageRecord[] {
  const matches = filter.filter((clause) => clause !== '').map(filterClause);
  return entries.filter((entry) => matches.every((match) => match(entry)));
}

// What containerd's adaptor gives for each field of a record (moby's adaptUsageInfo); a boolean
// field is present only when true, with an empty value.
function field(entry: UsageRecord, name: string): string | undefined {
  switch (name) {
    case 'id': return entry.ID;
    case 'parents': return entry.Parents?.join(';');
    case 'description': return entry.Description;
    case 'type': return entry.Type;
    case 'inuse': return entry.InUse ? '' : undefined;
    case 'shared': return entry.Shared ? '' : undefined;
    case 'private': return entry.Shared ? undefined : '';
    case 'mutable': return entry.Mutable ? '' : undefined;
    case 'immutable': return entry.Mutable ? undefined : '';
    default: return undefined;
  }
}

// One containerd filter clause as a test of a record (a clause that does not parse matches nothing).
function filterClause(clause: string): (entry: UsageRecord) => boolean {
  const m = /^([\w.-]+)(?:(==|!=|~=)(.*))?$/s.exec(clause.trim());
  if (!m) return () => false;
  const [, name, op, value] = m;
  return (entry) => {
    const have = field(entry, name);
    if (!op) return have !== undefined;
    if (have === undefined) return op === '!=';
    if (op === '==') return have === value;
    if (op === '!=') return have !== value;
    try {
      return new RegExp(value).test(have);
    } catch {
      return false;
    }
  };
}

// The filters moby's build prune takes; `mutable` and `immutable` are BuildKit's, not exposed.
const API_FILTERS = new Set(['until', 'unused-for', 'label', 'label!', 'id', 'parent', 'type', 'description', 'inuse', 'shared', 'private']);
const CACHE_FIELDS = ['id', 'parent', 'type', 'description', 'inuse', 'shared', 'private'];

// moby's toBuildkitPruneInfo: POST /build/prune's filters as BuildKit's keep duration and filters.
function apiPruneOptions(filters: Record<string, string[]>, all: boolean, now: number): CachePruneOptions {
  validateFilters(filters, API_FILTERS);
  if (filters.until?.length && filters['unused-for']?.length) throw new ConflictingFilters('until', 'unused-for');
  const key = filters['unused-for']?.length ? 'unused-for' : 'until';
  const values = [...(filters.until ?? []), ...(filters['unused-for'] ?? [])];
  if (values.length > 1) throw new FilterOneValue();
  let keepDuration = 0;
  if (values.length === 1) {
    try {
      keepDuration = Math.max(0, now - untilFilter(values, now)!);
    } catch (error) {
      throw new BadCacheUntil(key, error instanceof Error ? error.message : String(error));
    }
  }
  const filter: string[] = [];
  for (const name of CACHE_FIELDS) {
    const given = filters[name];
    if (!given) continue;
    if (given.length > 1) throw new FilterOneValue();
    filter.push(given.length === 0 ? name : name === 'id' ? `id~=${given[0]}` : `${name}==${given[0]}`);
  }
  return { all, keepDuration, filter, now };
}

/** What POST /build/prune answers (build.CachePruneReport). */
export interface BuildCachePruneReport {
  CachesDeleted: string[] | null;
  SpaceReclaimed: number;
}

/** POST /build/prune: prunes as moby's builder does with the API's filters; the IDs and bytes freed. */
export function apiBuildPrune(cache: BuildCache, store: ImageStore, filters: Record<string, string[]>, all: boolean, now: number): BuildCachePruneReport {
  const gone = pruneCache(cache, store, apiPruneOptions(filters, all, now));
  return { CachesDeleted: gone.length ? gone.map((r) => r.ID) : null, SpaceReclaimed: gone.reduce((sum, r) => sum + r.Size, 0) };
}
