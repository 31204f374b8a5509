// Every repository of the simulated Docker Hub, by path (`library/alpine`).
import type { CatalogRepo } from './types.ts';
import { alpine } from './alpine.ts';
import { helloWorld } from './hello-world.ts';
import { busybox, debian, ubuntu } from './distros.ts';
import { nginx } from './nginx.ts';
import { golang, node, python } from './languages.ts';

/** The seeded Docker Hub repositories. */
export const hubCatalog: ReadonlyMap<string, CatalogRepo> = new Map([alpine, helloWorld, busybox, debian, ubuntu, nginx, node, python, golang].map((repo) => [repo.name, repo]));
