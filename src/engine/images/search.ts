// GET /images/search?term=&limit=&filters=: Docker Hub's repository search as dockerd relays it
// (registry/search.go): the daemon validates filters and the limit, asks the Hub for `limit` results,
// then drops the ones the filters reject — so a filter can leave fewer than `limit` rows.
import type { ImageSearchResponseItem } from '../api/images.ts';
import type { Registry } from '../registry/registry.ts';
import type { RepositoryInfo } from '../registry/types.ts';
import { InvalidFilterNumber } from '../errors/filter.ts';
import { boolFilter } from '../model/bool-filter.ts';
import { SearchLimitOutOfRange, SearchTermScheme } from '../errors/registry.ts';
import { validateFilters } from '../model/accepted-filters.ts';

/** What `docker search` sends: the term, the limit (0 means the API default) and the filters. */
export interface SearchRequest {
  term: string;
  limit?: number;
  filters?: Record<string, string[]>;
}

const ACCEPTED_FILTERS = new Set(['is-automated', 'is-official', 'stars']);
const DEFAULT_LIMIT = 25;

/** The search results, best match first; throws EngineError for a bad filter or limit. */
export function searchImages(hub: Registry, request: SearchRequest): ImageSearchResponseItem[] {
  const filters = request.filters ?? {};
  validateFilters(filters, ACCEPTED_FILTERS);
  const automated = 'is-automated' in filters ? boolFilter(filters, 'is-automated', false) : undefined;
  const official = 'is-official' in filters ? boolFilter(filters, 'is-official', false) : undefined;
  let minStars = 0;
  for (const value of filters.stars ?? []) {
    if (!/^[+-]?\d+$/.test(value)) throw new InvalidFilterNumber('stars', value);
    minStars = Math.max(minStars, Number(value));
  }
  const limit = request.limit && request.limit > 0 ? request.limit : DEFAULT_LIMIT;
  if (limit > 100) throw new SearchLimitOutOfRange(limit);
  if (request.term.includes('://')) {
    throw new SearchTermScheme(request.term);
  }

  const term = request.term.toLowerCase();
  const ranked = hub
    .repositories()
    .map((repo) => ({ repo, score: relevance(repo, term) }))
    .filter((r) => r.score < Infinity)
    .sort((a, b) => a.score - b.score || b.repo.stars - a.repo.stars || a.repo.name.localeCompare(b.repo.name))
    .slice(0, limit);
  return ranked
    .map(({ repo }) => ({
      description: repo.description,
      is_official: repo.official,
      is_automated: false,
      name: repo.name.replace(/^library\//, ''),
      star_count: repo.stars,
    }))
    .filter((r) => (automated === undefined || r.is_automated === automated) && (official === undefined || r.is_official === official) && r.star_count >= minStars);
}

// Name matches beat description matches; an exact name beats a prefix, a prefix beats a substring.
function relevance(repo: RepositoryInfo, term: string): number {
  const full = repo.name.toLowerCase();
  const short = full.slice(full.indexOf('/') + 1);
  if (short === term || full === term) return 0;
  if (short.startsWith(term)) return 1;
  if (full.includes(term)) return 2;
  if (repo.description.toLowerCase().includes(term)) return 3;
  return Infinity;
}
