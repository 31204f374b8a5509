// Every command spec of the docker program, for the registry and the dispatcher.
import type { CommandSpec } from '../command-types.ts';
import { builder } from './builder/cmd.ts';
import { builderPrune } from './builder/prune.ts';
import { buildx } from './buildx/cmd.ts';
import { buildxDu, buildxLs, buildxPrune, buildxVersion } from './buildx/subcommands.ts';
import { buildxHistorySpecs } from './buildx/history.ts';
import { containerAttach } from './container/attach.ts';
import { container } from './container/cmd.ts';
import { containerCommit } from './container/commit.ts';
import { containerCp } from './container/cp.ts';
import { containerCreate } from './container/create.ts';
import { containerDiff } from './container/diff.ts';
import { containerExec } from './container/exec.ts';
import { containerExport } from './container/export.ts';
import { containerInspect } from './container/inspect.ts';
import { containerKill } from './container/kill.ts';
import { containerLs } from './container/list.ts';
import { containerLogs } from './container/logs.ts';
import { containerPause } from './container/pause.ts';
import { containerPort } from './container/port.ts';
import { containerPrune } from './container/prune.ts';
import { containerRename } from './container/rename.ts';
import { containerRestart } from './container/restart.ts';
import { containerRm } from './container/rm.ts';
import { containerRun } from './container/run.ts';
import { containerStart } from './container/start.ts';
import { containerStats } from './container/stats.ts';
import { containerStop } from './container/stop.ts';
import { containerTop } from './container/top.ts';
import { containerUnpause } from './container/unpause.ts';
import { containerUpdate } from './container/update.ts';
import { containerWait } from './container/wait.ts';
import { imageBuild } from './image/build.ts';
import { image } from './image/cmd.ts';
import { imageHistory } from './image/history.ts';
import { imageImport } from './image/import.ts';
import { imageInspect } from './image/inspect.ts';
import { imageLs } from './image/list.ts';
import { imageLoad } from './image/load.ts';
import { imagePrune } from './image/prune.ts';
import { imagePull } from './image/pull.ts';
import { imagePush } from './image/push.ts';
import { imageRm } from './image/remove.ts';
import { imageSave } from './image/save.ts';
import { imageTag } from './image/tag.ts';
import { login } from './registry/login.ts';
import { logout } from './registry/logout.ts';
import { search } from './registry/search.ts';
import { system } from './system/cmd.ts';
import { systemDf } from './system/df.ts';
import { systemEvents } from './system/events.ts';
import { systemInfo } from './system/info.ts';
import { inspect } from './system/inspect.ts';
import { systemPrune } from './system/prune.ts';
import { version } from './system/version.ts';
import { network } from './network/cmd.ts';
import { networkConnect } from './network/connect.ts';
import { networkCreate } from './network/create.ts';
import { networkDisconnect } from './network/disconnect.ts';
import { networkInspect } from './network/inspect.ts';
import { networkLs } from './network/list.ts';
import { networkPrune } from './network/prune.ts';
import { networkRm } from './network/remove.ts';
import { volume } from './volume/cmd.ts';
import { volumeCreate } from './volume/create.ts';
import { volumeInspect } from './volume/inspect.ts';
import { volumeLs } from './volume/list.ts';
import { volumePrune } from './volume/prune.ts';
import { volumeRm } from './volume/remove.ts';
import { volumeUpdate } from './volume/update.ts';
import { listingOnlySpecs } from './listing.ts';

/** All modelled commands (management groups first, then their subcommands) plus the listing-only groups. */
export const allSpecs: readonly CommandSpec[] = [
  builder,
  builderPrune,
  buildx,
  buildxDu,
  ...buildxHistorySpecs,
  buildxLs,
  buildxPrune,
  buildxVersion,
  containerAttach,
  container,
  containerCommit,
  containerCp,
  containerCreate,
  containerDiff,
  containerExec,
  containerExport,
  containerInspect,
  containerKill,
  containerLs,
  containerLogs,
  containerPause,
  containerPort,
  containerPrune,
  containerRename,
  containerRestart,
  containerRm,
  containerRun,
  containerStart,
  containerStats,
  containerStop,
  containerTop,
  containerUnpause,
  containerUpdate,
  containerWait,
  imageBuild,
  image,
  imageHistory,
  imageImport,
  imageInspect,
  imageLs,
  imageLoad,
  imagePrune,
  imagePull,
  imagePush,
  imageRm,
  imageSave,
  imageTag,
  login,
  logout,
  search,
  system,
  systemDf,
  systemEvents,
  systemInfo,
  inspect,
  systemPrune,
  version,
  network,
  networkConnect,
  networkCreate,
  networkDisconnect,
  networkInspect,
  networkLs,
  networkPrune,
  networkRm,
  volume,
  volumeCreate,
  volumeInspect,
  volumeLs,
  volumePrune,
  volumeRm,
  volumeUpdate,
  ...listingOnlySpecs,
];
