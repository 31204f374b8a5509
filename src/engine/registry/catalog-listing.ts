// The catalog as a list a page can show: every repository the workbook's registries are seeded with
// (Docker Hub's, then the other public registries'), each image once with all the tags that name it and
// its platforms. The sandbox page is built from it, so it always offers exactly what `docker pull` finds.
import { familiarName, parseNormalizedNamed } from '../model/reference/normalize.ts';
import { hubCatalogPart } from './hub-catalog.ts';
import { PUBLIC_REGISTRY_HOSTS, publicCatalogPart } from './public-registries.ts';
import type { CatalogRepo } from './catalog/types.ts';

/** One image of a repository: the tags that name it (`latest` first, then the shortest) and the platforms it has. */
export interface CatalogListingImage {
  tags: string[];
  platforms: string[];
}

/** One repository: its name as a learner types it (`alpine`, `bitnami/nginx`, `ghcr.io/containerd/busybox`), and its images. */
export interface CatalogListingRepo {
  name: string;
  registry: string;
  description: string;
  official: boolean;
  images: CatalogListingImage[];
}

/** Every seeded repository and image, Docker Hub's first (as the catalog lists them), then each public registry's. */
export async function catalogListing(): Promise<CatalogListingRepo[]> {
  const [hub, others] = await Promise.all([hubCatalogPart.load(), publicCatalogPart.load()]);
  const repos = [...hub.values()].map((repo) => listed('docker.io', repo));
  for (const host of PUBLIC_REGISTRY_HOSTS) for (const repo of others.get(host)?.values() ?? []) repos.push(listed(host, repo));
  return repos;
}

function listed(registry: string, repo: CatalogRepo): CatalogListingRepo {
  const byImage = new Map<string, string[]>();
  for (const [tag, key] of Object.entries(repo.tags)) byImage.set(key, [...(byImage.get(key) ?? []), tag]);
  const name = familiarName(parseNormalizedNamed(registry === 'docker.io' ? repo.name : `${registry}/${repo.name}`));
  return {
    name,
    registry,
    description: repo.description,
    official: repo.official,
    images: [...byImage].map(([key, tags]) => ({ tags: tags.sort(byReadability), platforms: [...repo.images[key].platforms] })),
  };
}

// `latest`, then the shortest: the first tag is the one a learner would type (`alpine`, `python:3.12-alpine`).
function byReadability(a: string, b: string): number {
  return Number(b === 'latest') - Number(a === 'latest') || a.length - b.length || a.localeCompare(b);
}
