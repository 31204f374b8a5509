// Every repository of the simulated Docker Hub, by path (`library/alpine`).
import type { CatalogRepo } from './types.ts';
import { alpine } from './alpine.ts';
import { helloWorld } from './hello-world.ts';
import { busybox, debian, ubuntu } from './distros.ts';
import { nginx } from './nginx.ts';
import { golang, node, python } from './languages.ts';
import { redis } from './redis.ts';
import { postgres } from './postgres.ts';
import { wordpress } from './wordpress.ts';
import { registry } from './docker-registry.ts';
import { clock, grafana } from './community.ts';
import { bitnamiNginx, bitnamiWordpress } from './bitnami.ts';

/** The seeded Docker Hub repositories. */
export const hubCatalog: ReadonlyMap<string, CatalogRepo> = new Map([alpine, helloWorld, busybox, debian, ubuntu, nginx, node, python, golang, redis, postgres, wordpress, registry, clock, grafana, bitnamiNginx, bitnamiWordpress].map((repo) => [repo.name, repo]));
