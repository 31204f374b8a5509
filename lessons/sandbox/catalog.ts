// What the sandbox page offers to pull: every image the workbook's registries are seeded with, read at
// build time from the engine's own catalog (catalogListing), so the page lists exactly what `docker pull`
// finds and never drifts from it. Only the page's build runs this; nothing of the engine ships to the page.
import { catalogListing } from '../../src/engine/index.ts';

/** One image on the page: the command its Pull button runs, every tag that names it, its platforms. */
export interface SandboxImage {
  pull: string;
  reference: string;
  tags: string[];
  platforms: string[];
  /** Whether it runs on the workbook's linux/amd64 machine (otherwise it pulls, but a container fails with exec format error). */
  runsHere: boolean;
}

/** One repository on the page. */
export interface SandboxRepository {
  name: string;
  registry: string;
  description: string;
  official: boolean;
  images: SandboxImage[];
}

/** The catalog, repository by repository, as the sandbox page shows it. */
export async function sandboxCatalog(): Promise<SandboxRepository[]> {
  return (await catalogListing()).map((repo) => ({
    name: repo.name,
    registry: repo.registry,
    description: repo.description,
    official: repo.official,
    images: repo.images.map(({ tags, platforms }) => {
      const reference = tags[0] === 'latest' ? repo.name : `${repo.name}:${tags[0]}`;
      const runsHere = platforms.some((p) => p === 'linux/amd64' || p === 'linux/386');
      // An image with no variant for this machine pulls only when asked for one of its platforms.
      return { pull: `docker pull ${runsHere ? '' : `--platform ${platforms[0]} `}${reference}`, reference, tags, platforms, runsHere };
    }),
  }));
}
