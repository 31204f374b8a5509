// Every docker command's handler, bound to a daemon: a chunk of its own in the browser (with the
// formatters and Go templates it pulls in), fetched when the docker program is made (cli/docker.ts).
import type { EngineApi } from '../engine/index.ts';
import type { CommandHandler } from './command-types.ts';
import { pull } from './commands/image/pull.ts';
import { imageList } from './commands/image/list.ts';
import { history } from './commands/image/history.ts';
import { tag } from './commands/image/tag.ts';
import { imageRemove } from './commands/image/remove.ts';
import { imageInspect, inspect } from './commands/image/inspect.ts';
import { imagePrune } from './commands/image/prune.ts';
import { containerRun } from './commands/container/run.ts';
import { containerCreate } from './commands/container/create.ts';
import { containerStart, containerStop, containerRestart, containerKill, containerRemove, containerWait, containerRename, containerPause, containerUnpause } from './commands/container/lifecycle.ts';
import { containerList } from './commands/container/list.ts';
import { containerLogs } from './commands/container/logs.ts';
import { containerExec } from './commands/container/exec.ts';
import { containerInspect, inspectAny } from './commands/container/inspect.ts';
import { containerDiff, containerCommit, containerExport, imageImport } from './commands/container/filesystem.ts';
import { containerCp } from './commands/container/cp.ts';
import { containerPort } from './commands/container/port.ts';
import { containerTop } from './commands/container/top.ts';
import { containerStats } from './commands/container/stats.ts';
import { containerPrune } from './commands/container/prune.ts';
import { volumeCreate, volumeList, volumeInspect, volumeRemove, volumePrune } from './commands/volume/volume.ts';
import { networkCreate, networkList, networkInspect, networkRemove, networkPrune } from './commands/network/network.ts';
import { networkConnect, networkDisconnect } from './commands/network/connect.ts';
import { build } from './commands/image/build.ts';
import { push } from './commands/image/push.ts';
import { save } from './commands/image/save.ts';
import { load } from './commands/image/load.ts';
import { login } from './commands/registry/login.ts';
import { logout } from './commands/registry/logout.ts';
import { search } from './commands/registry/search.ts';
import { version } from './commands/system/version.ts';
import { info } from './commands/system/info.ts';
import { systemDf } from './commands/system/df.ts';
import { systemPrune } from './commands/system/prune.ts';
import { buildxDu, buildxPrune } from './commands/builder/cache.ts';
import { historyInspect, historyLogs, historyLs, historyRm } from './commands/builder/history.ts';
import { systemEvents } from './commands/system/events.ts';
import { buildxLs, buildxVersion } from './commands/image/buildx.ts';

/** The handler of each canonical command path, talking to `engine`. */
export function dockerHandlers(engine: EngineApi): Record<string, CommandHandler> {
  return {
    'image pull': pull(engine),
    version: version(engine),
    'system info': info(engine),
    'system df': systemDf(engine),
    'system prune': systemPrune(engine),
    'builder prune': buildxPrune(engine),
    'buildx prune': buildxPrune(engine),
    'buildx du': buildxDu(engine),
    'buildx history ls': historyLs(engine),
    'buildx history inspect': historyInspect(engine),
    'buildx history logs': historyLogs(engine),
    'buildx history rm': historyRm(engine),
    'system events': systemEvents(engine),
    'buildx ls': buildxLs(),
    'buildx version': buildxVersion(),
    'image ls': imageList(engine),
    'image history': history(engine),
    'image tag': tag(engine),
    'image rm': imageRemove(engine),
    'image inspect': imageInspect(engine),
    inspect: inspectAny(engine, inspect(engine)),
    'image prune': imagePrune(engine),
    'image import': imageImport(engine),
    'container run': containerRun(engine),
    'container create': containerCreate(engine),
    'container start': containerStart(engine),
    'container stop': containerStop(engine),
    'container restart': containerRestart(engine),
    'container kill': containerKill(engine),
    'container rm': containerRemove(engine),
    'container wait': containerWait(engine),
    'container rename': containerRename(engine),
    'container pause': containerPause(engine),
    'container unpause': containerUnpause(engine),
    'container ls': containerList(engine),
    'container logs': containerLogs(engine),
    'container exec': containerExec(engine),
    'container inspect': containerInspect(engine),
    'container diff': containerDiff(engine),
    'container commit': containerCommit(engine),
    'container export': containerExport(engine),
    'container cp': containerCp(engine),
    'container port': containerPort(engine),
    'container top': containerTop(engine),
    'container stats': containerStats(engine),
    'container prune': containerPrune(engine),
    'volume create': volumeCreate(engine),
    'volume ls': volumeList(engine),
    'volume inspect': volumeInspect(engine),
    'volume rm': volumeRemove(engine),
    'volume prune': volumePrune(engine),
    'network create': networkCreate(engine),
    'network ls': networkList(engine),
    'network inspect': networkInspect(engine),
    'network rm': networkRemove(engine),
    'network prune': networkPrune(engine),
    'network connect': networkConnect(engine),
    'network disconnect': networkDisconnect(engine),
    'image build': build(engine),
    'image push': push(engine),
    'image save': save(engine),
    'image load': load(engine),
    login: login(engine),
    logout: logout(),
    search: search(engine),
  };
}
