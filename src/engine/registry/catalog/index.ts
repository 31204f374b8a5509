// Every repository of the simulated Docker Hub, by path (`library/alpine`).
import type { CatalogRepo } from './types.ts';
import { alpine } from './alpine.ts';
import { helloWorld } from './hello-world.ts';

/** The seeded Docker Hub repositories. */
export const hubCatalog: ReadonlyMap<string, CatalogRepo> = new Map([alpine, helloWorld].map((repo) => [repo.name, repo]));
