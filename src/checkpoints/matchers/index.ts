// The matcher library, by the name lessons use. Add a matcher here and lessons can name it.
import type { Matcher } from '../matcher.ts';
import { imageExists } from './image-exists.ts';
import { tagPointsTo } from './tag-points-to.ts';
import { imageConfigHas } from './image-config-has.ts';
import { layerCount } from './layer-count.ts';
import { imageFileContains } from './image-file-contains.ts';
import { imageHistoryHas } from './image-history-has.ts';
import { registryHasTag } from './registry-has-tag.ts';
import { dockerfileChecksPass } from './dockerfile-checks-pass.ts';
import { commandNotUsed, commandUsed } from './command-used.ts';
import { fileExists } from './file-exists.ts';
import { containerExists, containerRunning } from './container-exists.ts';
import { containerDiffHas } from './container-diff-has.ts';
import { containerLogsContain } from './container-logs-contain.ts';
import { dockerfileBuilds } from './dockerfile-builds.ts';
import { dockerfileCachesAfterChange } from './dockerfile-caches-after-change.ts';
import { builtImageHas } from './built-image-has.ts';

/** Every matcher, keyed by name: lesson checkpoints are typed against this table. */
export const matcherTable = {
  imageExists,
  tagPointsTo,
  imageConfigHas,
  layerCount,
  imageFileContains,
  imageHistoryHas,
  registryHasTag,
  dockerfileChecksPass,
  commandUsed,
  commandNotUsed,
  fileExists,
  containerExists,
  containerRunning,
  containerDiffHas,
  containerLogsContain,
  dockerfileBuilds,
  dockerfileCachesAfterChange,
  builtImageHas,
} as const;

/** A matcher's name, as a lesson writes it. */
export type MatcherName = keyof typeof matcherTable;

/** Every matcher a checkpoint may name. */
export const matchers: ReadonlyMap<string, Matcher> = new Map(Object.values(matcherTable).map((m) => [m.name, m as unknown as Matcher]));
