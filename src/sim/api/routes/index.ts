// Every endpoint the simulated daemon serves: one file per endpoint group; a new group is one import here.
import type { HijackRoute, Route } from '../router.ts';
import { systemRoutes } from './system.ts';
import { imageRoutes } from './images.ts';
import { pullRoutes } from './pull.ts';
import { registryRoutes } from './registry.ts';
import { imageArchiveRoutes } from './image-archives.ts';
import { volumeRoutes } from './volumes.ts';
import { containerRoutes } from './containers.ts';
import { attachRoutes, logRoutes } from './attach.ts';
import { execHijackRoutes, execRoutes } from './exec.ts';
import { archiveRoutes } from './archive.ts';
import { resizeRoutes } from './resize.ts';
import { networkRoutes } from './networks.ts';
import { buildRoutes } from './build.ts';
import { eventRoutes } from './events.ts';

/** The route table, in match order: fixed paths (`/images/search`) before `{name}` patterns. */
export const allRoutes: Route[] = [
  ...systemRoutes,
  ...eventRoutes,
  ...pullRoutes,
  ...registryRoutes,
  ...imageArchiveRoutes,
  ...volumeRoutes,
  ...containerRoutes,
  ...logRoutes,
  ...execRoutes,
  ...archiveRoutes,
  ...resizeRoutes,
  ...networkRoutes,
  ...buildRoutes,
  ...imageRoutes,
];

/** Calls that take the connection over (`Upgrade: tcp`). */
export const hijackRoutes: HijackRoute[] = [...attachRoutes, ...execHijackRoutes];
