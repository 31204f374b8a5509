// What the world outside src/engine sees of the daemon, by role: the CLI and the API server get the
// Engine API (one method per endpoint, returning api/ shapes or process handles); checkpoints get the
// reads a grader needs; the session holds the whole Daemon (both, plus what a machine wires up).
import type { Engine, EngineSnapshot } from './engine.ts';
import type { EngineHost } from './clock.ts';
import type { Runtime } from './runtime.ts';
import type { Vfs } from '../vfs/vfs.ts';
import { Engine as EngineClass } from './engine.ts';
import { assembleSnapshot, type EngineParts } from './state/state.ts';

/** The Engine API v1.50, as the docker CLI and `sim --listen` call it. */
export type EngineApi = Pick<
  Engine,
  // containers
  | 'containerList'
  | 'containerCreate'
  | 'containerInspect'
  | 'containerStart'
  | 'containerStartAttached'
  | 'containerStartInteractive'
  | 'containerStop'
  | 'containerKill'
  | 'containerRestart'
  | 'containerRemove'
  | 'containerRename'
  | 'containerPause'
  | 'containerTop'
  | 'containerStats'
  | 'systemEvents'
  | 'containerUnpause'
  | 'containerWait'
  | 'containerLogs'
  | 'containerResize'
  | 'containerExec'
  | 'containerExecDetached'
  | 'containerExecInteractive'
  | 'containerStatPath'
  | 'containerChanges'
  | 'containerExport'
  | 'containerArchiveGet'
  | 'containerArchivePut'
  | 'containerCommit'
  | 'containersPrune'
  // images
  | 'imageList'
  | 'imageCreate'
  | 'imageImport'
  | 'imagePush'
  | 'imageSearch'
  | 'imagesGet'
  | 'imagesLoad'
  | 'imageHistory'
  | 'imageTag'
  | 'imageDelete'
  | 'imageInspect'
  | 'imagesPrune'
  | 'imageBuild'
  | 'imageBuildClassic'
  | 'resolveImage'
  // networks
  | 'networkList'
  | 'networkInspect'
  | 'networkCreate'
  | 'networkRemove'
  | 'networksPrune'
  | 'networkConnect'
  | 'networkDisconnect'
  // volumes, system, registry
  | 'volumeCreate'
  | 'volumeList'
  | 'volumeInspect'
  | 'volumeRemove'
  | 'volumesPrune'
  | 'systemVersion'
  | 'systemInfo'
  | 'systemDf'
  | 'buildPrune'
  | 'buildkitPrune'
  | 'buildkitDiskUsage'
  | 'buildRef'
  | 'buildHistoryList'
  | 'buildHistoryRemove'
  | 'registryLogin'
  | 'preload'
>;

/** What checkpoints read: the API's reads plus image internals and a fork for throwaway builds. */
export type EngineReads = Pick<
  Engine,
  | 'containerList'
  | 'containerInspect'
  | 'containerLogs'
  | 'containerChanges'
  | 'containerArchiveGet'
  | 'imagesGet'
  | 'imageList'
  | 'imageInspect'
  | 'imageHistory'
  | 'volumeList'
  | 'networkList'
  | 'networkInspect'
  | 'systemVersion'
  | 'systemInfo'
  | 'imageId'
  | 'imageConfig'
  | 'imageFiles'
  | 'volumeFiles'
  | 'containerFiles'
  | 'hubImage'
  | 'hubPushed'
  | 'publishedPort'
  | 'requestHostPort'
  | 'registryImage'
  | 'hubUsers'
  | 'preload'
  | 'lastBuild'
> & {
  /** A daemon restored from a copy of this one's state, on a clock of its own (builds there never touch the learner's). */
  fork(): EngineApi & EngineReads;
};

/** The whole daemon, as the session holds it: the API, the reads, and what the learner's machine wires up. */
export type Daemon = EngineApi &
  EngineReads &
  Pick<Engine, 'snapshot' | 'persistentState' | 'resumeContainers' | 'backgroundIdle' | 'hostNet' | 'registryClient'> &
  // The workbench beside the terminal: a layer's files for the picture, the build checks for the editor.
  Pick<Engine, 'imageLayerTar' | 'buildCheck'>;

/** How a daemon is made. */
export interface EngineOptions {
  /** The clock (and waits) of the machine the daemon runs on. */
  host: EngineHost;
  /** State saved earlier by `snapshot()`; absent for a fresh daemon. */
  snapshot?: EngineSnapshot;
  /** Instead of `snapshot`: state a journal saved in parts (`persistentState()`); throws naming a missing blob or tree. */
  parts?: EngineParts;
  /** Runs container and build processes; the session injects one built on the shell. */
  runtime?: Runtime;
  /** The learner's machine, where bind mounts (`-v /home/learner/site:/usr/share/nginx/html`) come from. */
  hostFs?: Vfs;
}

/** A daemon, fresh or restored from a snapshot. */
export function createEngine(options: EngineOptions): Daemon {
  const snapshot = options.parts ? (assembleSnapshot(options.parts) as EngineSnapshot) : options.snapshot;
  return new EngineClass(options.host, snapshot, options.runtime, options.hostFs);
}
