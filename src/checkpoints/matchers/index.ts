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
import { anyOf, not } from './combinators.ts';
import { imageSizeAtMost } from './image-size-at-most.ts';
import { imagePathExists } from './image-path-exists.ts';
import { builtFrom, sharesLayersWith } from './shared-layers.ts';
import { platformIs } from './platform-is.ts';
import { fileOwnerMode } from './file-owner-mode.ts';
import { containerDiffExactly, containerFileContains } from './container-files.ts';
import { answerFileEquals } from './answer-file-equals.ts';
import { predictionRecorded } from './prediction-recorded.ts';
import { pinnedReferenceFile } from './pinned-reference-file.ts';
import { dockerfileHas, stageCount } from './dockerfile-has.ts';
import { imageRunPrints } from './image-run-prints.ts';
import { contextExcludes } from './context-excludes.ts';
import { secretAbsent } from './secret-absent.ts';
import { matchesBuild } from './matches-build.ts';
import { rebuiltStepsAtMost } from './rebuilt-steps-at-most.ts';
import { noBuildTools } from './no-build-tools.ts';
import { loggedIn } from './logged-in.ts';
import { builtImageMatches } from './built-image-matches.ts';
import { pushedToRegistry } from './pushed-to-registry.ts';
import { pinnedFrom } from './pinned-from.ts';
import { portServes } from './port-serves.ts';
import { servesFile } from './serves-file.ts';
import { volumeExists } from './volume-exists.ts';
import { runsAsNonRoot } from './runs-as-non-root.ts';
import { registerMatchers, registeredMatchers } from './registry.ts';

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
  not,
  anyOf,
  imageSizeAtMost,
  imagePathExists,
  sharesLayersWith,
  builtFrom,
  platformIs,
  fileOwnerMode,
  containerDiffExactly,
  containerFileContains,
  answerFileEquals,
  predictionRecorded,
  pinnedReferenceFile,
  dockerfileHas,
  stageCount,
  imageRunPrints,
  contextExcludes,
  secretAbsent,
  matchesBuild,
  rebuiltStepsAtMost,
  noBuildTools,
  loggedIn,
  builtImageMatches,
  pushedToRegistry,
  pinnedFrom,
  portServes,
  servesFile,
  volumeExists,
  runsAsNonRoot,
} as const;

/** A matcher's name, as a lesson writes it. */
export type MatcherName = keyof typeof matcherTable;

registerMatchers(Object.values(matcherTable) as unknown as Matcher[]);

/** Every matcher a checkpoint may name. */
export const matchers: ReadonlyMap<string, Matcher> = registeredMatchers;
