// The simulated Docker daemon: its state and its API. Each method answers one Engine API endpoint with
// that endpoint's JSON shape (src/engine/api), so the in-browser CLI and `sim --listen` share it.
import type { HistoryResponseItem, ImageDeleteResponseItem, ImageInspect, ImagePruneResponse, ImageSearchResponseItem, ImageSummary, JsonMessage } from './api/images.ts';
import { abortable, instantClock, rfc3339Nano, type EngineHost } from './clock.ts';
import type { Runtime } from './runtime.ts';
import { ImageStore, imageLabels } from './store/image-store.ts';
import type { EngineSnapshot } from './snapshot.ts';
import { dockerHub, Registry, registrySnapshot, restoreRegistry } from './registry/registry.ts';
import { listImages, type ImageListOptions } from './images/list.ts';
import { startPull, type PullRequest } from './images/pull.ts';
import { lookupImage } from './images/lookup.ts';
import { BuildEndpoints } from './build-api.ts';
import { imageHistory } from './images/history.ts';
import { tagImage } from './images/tag.ts';
import { deleteImage, type ImageDeleteOptions, type ImageUsers } from './images/delete.ts';
import { inspectImage } from './images/inspect.ts';
import { pruneImages } from './images/prune.ts';
import { sha256Digest } from './model/digest.ts';
import type { ContainerTopResponse, ContainerCreateRequest, ContainerCreateResponse, ContainerInspect, ContainerPruneResponse, ContainerSummary, FilesystemChange, PathStat, Volume, VolumePruneResponse } from './api/containers.ts';
import { NetworkFabric } from './network/fabric.ts';
import type { NetworkStack } from '../kernel/net.ts';
import { VolumeStore } from './volumes/store.ts';
import { Containers } from './containers/manager.ts';
import type { Container } from './containers/container.ts';
import type { AttachedProcess, LogReader } from './containers/attach.ts';
import type { ExecIo, ExecOptions } from './containers/exec.ts';
import type { AttachIo } from './containers/process.ts';
import type { InteractiveShell } from '../kernel/process.ts';
import { inspectContainer, listContainers, type ContainerListOptions } from './containers/list.ts';
import { archiveGet, archivePut, commitContainer, containerChanges, exportContainer, importImage, statPath, type Archive, type CommitOptions } from './containers/filesystem.ts';
import type { TarEntry } from '../vfs/tar/entry.ts';
import type { Vfs } from '../vfs/vfs.ts';
import { HubAccounts, type RegistryCredentials } from './registry/auth.ts';
import type { RegistryHttpClient, RegistryTransport } from './registry/http-client.ts';
import { registryClientFor } from './registry/clients.ts';
import { remotePull } from './images/remote-pull.ts';
import { pushImage, type PushRequest } from './images/push.ts';
import { searchImages, type SearchRequest } from './images/search.ts';
import { saveImages } from './images/save.ts';
import { loadImages } from './images/load.ts';
import { registryLogin, type AuthRequest, type AuthResponse } from './images/auth.ts';
import { pullAllTags } from './images/pull-all.ts';
import { systemCounts, systemInfoDocument } from './system-info.ts';
import { BuildCache } from './builder/cache/build-cache.ts';
import { BuildHistory } from './builder/history/history.ts';
import { cacheUsage } from './builder/cache/usage.ts';
import type { ClassicBuildOptions, ClassicMessage } from './builder/classic/index.ts';
import { builderPart } from './builder/lazy.ts';
import { hubCatalogPart } from './registry/hub-catalog.ts';
import { afterLoading } from './lazy-part.ts';
import type { BuildRequest } from './builder/build/types.ts';
import { versionDocument } from './version.ts';
import { captureState, type EngineState } from './state/state.ts';
import { containerRegistryState, restoreContainerRegistry } from './registry/container-registry.ts';
import { ResizeNotRunning } from './errors/container.ts';
import { containerTop } from './containers/top.ts';
import { diskUsage, type DiskUsage } from './system-df.ts';
import { treeSize } from '../vfs/vfs.ts';
import { containerStats, type ContainerStats } from './containers/stats.ts';
import { imagePlatformWarnings } from './containers/platform.ts';
import { EventLog } from './events/log.ts';
import { containerEvent } from './containers/events.ts';
import { familiarString, parseNormalizedNamed } from './model/reference/normalize.ts';
import { publicRegistries } from './registry/public-registries.ts';
import type { EventReader, EventsRequest } from './api/events.ts';

// The snapshot's shape lives in snapshot.ts; importers of the facade still find it here.
export type { EngineSnapshot };

/** The daemon. Construct it fresh, or from a snapshot saved earlier. */
export class Engine extends BuildEndpoints {
  readonly store: ImageStore;
  readonly hub: Registry;
  /** The containers using an image, asked before an image is deleted; none until containers exist. */
  imageUsers: ImageUsers = () => [];
  /** The simulated network: the host's stack, each container's namespace, published ports. */
  readonly fabric = new NetworkFabric();
  readonly volumes: VolumeStore;
  private readonly containers: Containers;
  /** The learner's machine, where bind mounts (`-v /home/learner/site:/usr/share/nginx/html`) come from. */
  hostFs?: Vfs;
  /** Overrides how the daemon reaches `host:port` registries (tests); by default the host network stack. */
  registryTransport?: RegistryTransport;
  /** Docker Hub's accounts (created by a learner's first login). */
  readonly hubAccounts: HubAccounts;
  /** The build cache `docker build` reuses steps from. */
  readonly buildCache: BuildCache;
  /** BuildKit's records of past builds (`docker buildx history`). */
  readonly buildHistory: BuildHistory;
  /** ghcr.io, quay.io, gcr.io, registry.k8s.io, mcr.microsoft.com: seeded like the Hub (pushes last the session). */
  protected readonly publicRegistries = new Map([...publicRegistries()].map(([host, registry]) => [host, { registry, accounts: new HubAccounts() }]));
  /** What the daemon did, for GET /events (kept in memory only, as dockerd keeps it). */
  readonly events: EventLog;

  constructor(
    readonly host: EngineHost,
    snapshot?: EngineSnapshot,
    /** Runs container and build processes; the session injects one built on the shell. */
    readonly runtime?: Runtime,
    /** Given here, not set afterwards, so restored containers get their bind mounts grafted back. */
    hostFs?: Vfs,
  ) {
    super();
    this.hostFs = hostFs;
    this.store = snapshot ? ImageStore.restore(snapshot.images) : new ImageStore();
    this.store.events = this.events = new EventLog(() => host.now());
    this.hub = dockerHub();
    this.hubAccounts = new HubAccounts(snapshot?.hub?.accounts);
    this.buildCache = BuildCache.restore(snapshot?.buildCache);
    this.buildHistory = BuildHistory.restore(snapshot?.buildHistory);
    this.lastBuildRecord = snapshot?.lastBuild;
    if (snapshot?.hub) restoreRegistry(this.hub, snapshot.hub);
    this.volumes = new VolumeStore(snapshot?.volumes);
    this.volumes.events = this.events;
    this.containers = new Containers(
      { store: this.store, host, runtime, fabric: this.fabric, volumes: this.volumes, hostFs: () => this.hostFs },
      snapshot?.containers,
    );
    this.imageUsers = (imageId) => this.containers.usersOf(imageId);
    for (const [id, saved] of snapshot?.registries ?? []) {
      const c = this.containers.find(id);
      if (c) restoreContainerRegistry(c.fs, saved);
    }
  }

  protected get networking() { return this.containers.networking; } // the networks and the endpoints on them

  /** A container by ID, for the grader's reads. */
  protected container(id: string): Container | undefined {
    return this.containers.find(id);
  }

  /** The host machine's network stack (curl on the host, `docker push localhost:5000/…`). */
  get hostNet(): NetworkStack {
    return this.fabric.hostStack;
  }

  /** A daemon restored from a copy of this one's state, on a clock of its own whose waits return at once (throwaway builds). */
  fork(): Engine { return new Engine(instantClock(this.host.now()), structuredClone(this.snapshot()), this.runtime); }

  /** Loads the parts a first command does not need (Docker Hub's catalog, the builder, the runtime's lazy programs). */
  async preload(): Promise<void> { await Promise.all([hubCatalogPart.load(), builderPart.load(), this.runtime?.preload?.()]); }

  /** Starts again the detached containers that were running when the snapshot was saved. */
  resumeContainers(): Promise<void> { return this.containers.resume(); }

  /** Resolves once every running container's process is blocked, ended or busy (see containers/turns.ts):
   *  a simulated session waits for it after waking a sleeper, so background output lands in turn. */
  backgroundIdle(): Promise<void> { return this.containers.idle(); }

  /** GET /containers/json */
  containerList(options?: ContainerListOptions): ContainerSummary[] { return listContainers(this.store, this.containers.all(), this.host.now(), options); }

  /** POST /containers/create?name= */
  containerCreate(request: ContainerCreateRequest, name = '', platform?: string): ContainerCreateResponse {
    const imageId = this.resolveImage(request.Image);
    const warnings = imagePlatformWarnings(this.store.config(imageId), request.Image, platform || undefined);
    const created = this.containers.create(request, imageId, name);
    return { ...created, Warnings: [...created.Warnings, ...warnings] };
  }

  /** GET /events?since=&until=&filters= — the kept events from `since`, then new ones as they come, until `until`. */
  systemEvents(request: EventsRequest = {}): EventReader { return this.events.reader(request); }

  /** GET /containers/{id}/json */
  containerInspect(ref: string, size = false): ContainerInspect { return inspectContainer(this.store, this.containers.get(ref), size); }

  /** POST /containers/{id}/start: PID 1 in the background; a running container is left alone. */
  containerStart(ref: string): Promise<void> { return this.containers.start(ref); }

  /** POST /containers/{id}/attach + start: PID 1 with the caller's streams, as a handle to wait on or interrupt. */
  containerStartAttached(ref: string, io: AttachIo): AttachedProcess { return this.containers.startAttached(ref, io); }

  /** `docker run -it` / `start -ai` with a shell as PID 1: the shell for the terminal; undefined when PID 1 is not a shell. */
  containerStartInteractive(ref: string, columns: number): InteractiveShell | undefined { return this.containers.startInteractive(ref, columns); }

  /** POST /containers/{id}/stop?t=&signal= — the stop signal, then SIGKILL after the timeout (default 10 s). */
  containerStop(ref: string, timeoutSeconds?: number, signal?: string): Promise<void> { return this.containers.stop(ref, timeoutSeconds, signal); }

  /** POST /containers/{id}/kill?signal= */
  containerKill(ref: string, signal = 'SIGKILL'): Promise<void> { return this.containers.kill(ref, signal); }

  /** POST /containers/{id}/restart?t= */
  containerRestart(ref: string, timeoutSeconds?: number): Promise<void> { return this.containers.restart(ref, timeoutSeconds); }

  /** DELETE /containers/{id}?force=&v= */
  containerRemove(ref: string, options: { force?: boolean; volumes?: boolean } = {}): Promise<void> { return this.containers.remove(ref, options); }

  /** GET /containers/{id}/top?ps_args= */
  containerTop(ref: string, psArgs = ''): ContainerTopResponse { const c = this.containers.get(ref); return containerTop(c, psArgs, this.runtime?.processes?.(c.fs)); }

  /** GET /containers/{id}/stats?stream=false: one sample of the container's counters. */
  containerStats(ref: string): ContainerStats { return containerStats(this.containers.get(ref), this.host.now()); }

  /** POST /containers/{id}/pause */
  containerPause(ref: string): void { this.containers.pause(ref); }

  /** POST /containers/{id}/unpause */
  containerUnpause(ref: string): void { this.containers.unpause(ref); }

  /** POST /containers/{id}/rename?name= */
  containerRename(ref: string, newName: string): void { this.containers.rename(ref, newName); }

  /**
   * POST /containers/{id}/wait: the exit code once PID 1 ends (at once when stopped). `docker wait` is the
   * learner waiting, so background time passes (`passTime`); `docker run`'s own wait for its container does not.
   */
  containerWait(ref: string, signal?: AbortSignal, passTime = true): Promise<number> {
    const exit = this.containers.wait(ref);
    return passTime ? this.host.until(exit, signal) : abortable(exit, signal);
  }

  /** GET /containers/{id}/logs?follow=: the log as a stream; each read returns what came since the last. */
  containerLogs(ref: string): LogReader { return this.containers.logs(ref); }

  /** POST /containers/{id}/resize: checked and acknowledged (shells keep the width they started with). */
  containerResize(ref: string): void {
    const c = this.containers.get(ref);
    if (!c.running) throw new ResizeNotRunning(c.id);
  }

  /** POST /containers/{id}/exec + /exec/{id}/start: runs argv to completion in a running container (on the daemon's clock unless io.sleep says otherwise). */
  containerExec(ref: string, argv: string[], io: Omit<ExecIo, 'sleep'> & Partial<Pick<ExecIo, 'sleep'>>, options: ExecOptions = {}): Promise<number> { return this.containers.exec(ref, argv, { sleep: (ms) => this.host.sleep(ms), ...io }, options); }

  /** POST /exec/{id}/start with Detach: the process runs on in the background; its output is dropped. */
  containerExecDetached(ref: string, argv: string[], io: { stdin: string; columns: number; tty: boolean }, options: ExecOptions = {}): void {
    const quiet = { write() {} };
    const background = { ...io, stdout: quiet, stderr: quiet, signal: new AbortController().signal, sleep: (ms: number) => this.host.wait(ms) };
    void this.containers.exec(ref, argv, background, options).catch(() => 0);
  }

  /** `docker exec -it c sh`: an interactive shell in a running container; undefined when argv is not a shell. */
  containerExecInteractive(ref: string, argv: string[], columns: number, sleep?: (ms: number) => Promise<void>, options: ExecOptions = {}): InteractiveShell | undefined {
    return this.containers.execInteractive(ref, argv, columns, sleep ?? ((ms) => this.host.sleep(ms)), options);
  }

  /** HEAD /containers/{id}/archive?path=: what is at `path` in the container, or undefined. */
  containerStatPath(ref: string, path: string): PathStat | undefined { return statPath(this.containers.get(ref), path); }

  /** GET /containers/{id}/changes */
  containerChanges(ref: string): FilesystemChange[] { return containerChanges(this.containers.get(ref)); }

  /** GET /containers/{id}/export */
  containerExport(ref: string): Uint8Array { return exportContainer(this.containers.get(ref)); }

  /** GET /containers/{id}/archive?path= */
  containerArchiveGet(ref: string, path: string): Archive { return archiveGet(this.containers.get(ref), path); }

  /** PUT /containers/{id}/archive?path= */
  containerArchivePut(ref: string, dir: string, entries: readonly TarEntry[]): void { archivePut(this.containers.get(ref), dir, entries); }

  /** POST /commit?container=&repo=&tag= — returns the new image ID. */
  containerCommit(ref: string, options: CommitOptions = {}, repo = '', tag = ''): string {
    const c = this.containers.get(ref);
    const id = commitContainer(this.store, c, this.host.now(), options);
    if (repo) this.imageTag(id, repo, tag);
    containerEvent(this.events, c, 'commit', { comment: options.comment ?? '', imageID: id, imageRef: repo ? familiarString(parseNormalizedNamed(tag ? `${repo}:${tag}` : repo)) : '' });
    return id;
  }

  /** POST /images/create?fromSrc=-&repo=&tag=&message=&changes= */
  imageImport(tar: Uint8Array, options: { message?: string; changes?: string[]; platform?: string } = {}, repo = '', tag = ''): string {
    const id = importImage(this.store, tar, this.host.now(), options);
    if (repo) this.imageTag(id, repo, tag);
    this.events.emit('image', 'import', id, { ...imageLabels(this.store, id), name: id });
    return id;
  }

  /** POST /containers/prune?filters= — removes the stopped containers the filters (until, label) let through. */
  async containersPrune(filters: Record<string, string[]> = {}): Promise<ContainerPruneResponse> { return this.containers.prune(filters, this.host.now()); }

  /** POST /volumes/create */
  volumeCreate(name: string, labels: Record<string, string> = {}, options: Record<string, string> = {}): Volume {
    const anonymous = name === '';
    const volumeName = anonymous ? sha256Digest(`volume:${this.host.now()}:${this.volumes.all().length}`).slice(7) : name;
    return this.volumes.describe(this.volumes.create(volumeName, this.host.now(), labels, options, anonymous));
  }

  /** GET /volumes */
  volumeList(): Volume[] { return this.volumes.all().map((v) => this.volumes.describe(v)); }

  /** GET /volumes/{name} */
  volumeInspect(name: string): Volume { return this.volumes.describe(this.volumes.get(name)); }

  /** DELETE /volumes/{name}?force= */
  volumeRemove(name: string, force = false): void { this.volumes.remove(name, this.containers.volumeUsers(name), force); }

  /** POST /volumes/prune?filters=all=true,label=… */
  volumesPrune(filters: Record<string, string[]> = {}): VolumePruneResponse { return this.volumes.prune(new Set(this.volumes.all().map((v) => v.name).filter((n) => this.containers.volumeUsers(n).length > 0)), filters); }

  /** GET /version */
  systemVersion(): ReturnType<typeof versionDocument> { return versionDocument(); }

  /** GET /system/df: disk usage by images, containers, volumes and the build cache. */
  systemDf(): DiskUsage {
    const volumeSize = (name: string) => treeSize(this.volumes.get(name).tree);
    return diskUsage({ store: this.store, images: this.imageList({ all: false }), containers: this.containerList({ all: true, size: true }), volumes: this.volumeList(), volumeSize, volumeUsers: (name) => this.containers.volumeUsers(name).length, cache: cacheUsage(this.buildCache, this.store) });
  }

  /** GET /info: system.Info with the daemon's container and image counts. */
  systemInfo(): ReturnType<typeof systemInfoDocument> { return systemInfoDocument(systemCounts(this.containerList({ all: true }), this.imageList({ all: true }).length), this.host.now()); }

  /** GET /images/json */
  imageList(options?: ImageListOptions): ImageSummary[] { return listImages(this.store, options); }

  /** POST /images/create — throws EngineError before streaming when the image cannot be resolved. */
  imageCreate(request: PullRequest): AsyncGenerator<JsonMessage> {
    const { ref } = request;
    if (ref.domain !== 'docker.io') return remotePull(this.store, this.host, this.registryClient(ref.domain), request);
    if (!ref.tag && !ref.digest) return afterLoading([hubCatalogPart], () => pullAllTags(this.store, this.hub, this.host, ref, request.platform));
    return afterLoading([hubCatalogPart], () => startPull(this.store, this.hub, this.host, request));
  }

  /** POST /images/{name}/push — the stream ends with an error message when the push fails. */
  imagePush(request: PushRequest, credentials?: RegistryCredentials): AsyncGenerator<JsonMessage> {
    return pushImage(this.store, this.registryClient(request.ref.domain, credentials), this.host, request);
  }

  /** GET /images/search */
  async imageSearch(request: SearchRequest): Promise<ImageSearchResponseItem[]> { await this.hub.ready(); return searchImages(this.hub, request); }

  /** GET /images/get?names= — the `docker save` archive. */
  imagesGet(names: readonly string[]): Uint8Array { return saveImages(this.store, names, this.host.now()); }

  /** POST /images/load — the messages `docker load` prints (progress only when not quiet). */
  imagesLoad(archive: Uint8Array, quiet = false): JsonMessage[] { return loadImages(this.store, archive, quiet); }

  /** POST /auth — checks credentials with the registry. */
  registryLogin(auth: AuthRequest): Promise<AuthResponse> { return registryLogin(this.hubAccounts, (domain, credentials) => this.registryClient(domain, credentials), auth); }

  /** A Registry API v2 client for a registry host (Docker Hub in-process, `host:port` over the network). */
  registryClient(domain: string, credentials?: RegistryCredentials): RegistryHttpClient {
    const transport: RegistryTransport = this.registryTransport ?? ((host, port, req) => this.hostNet.requestHttp(host, port, req));
    return registryClientFor({ hub: this.hub, accounts: this.hubAccounts, transport, publics: this.publicRegistries }, domain, credentials);
  }

  /** GET /images/{name}/history */
  imageHistory(nameOrId: string): HistoryResponseItem[] { return imageHistory(this.store, nameOrId); }

  /** POST /images/{name}/tag?repo=&tag= — `tag` '' means latest. */
  imageTag(name: string, repo: string, tag = ''): void { tagImage(this.store, name, repo, tag, rfc3339Nano(this.host.now())); }

  /** DELETE /images/{name}?force=&noprune= */
  imageDelete(name: string, options?: ImageDeleteOptions): ImageDeleteResponseItem[] { return deleteImage(this.store, this.imageUsers, name, options); }

  /** GET /images/{name}/json */
  imageInspect(name: string): ImageInspect { return inspectImage(this.store, name); }

  /** POST /images/prune?filters= */
  imagesPrune(filters: Record<string, string[]> = {}): ImagePruneResponse { return pruneImages(this.store, this.imageUsers, filters, this.host.now()); }

  /** The full ID of a local image named by ID, short ID or reference; throws `No such image`. */
  resolveImage(nameOrId: string): string { return lookupImage(this.store, nameOrId); }

  /** A layer's tar as `docker save` ships it (the workbench lists its files); undefined if not stored. */
  imageLayerTar(diffId: string): Uint8Array | undefined { return this.store.layerTar(diffId); }
  /** POST /build (classic builder, API version=1): the build retold as moby's step messages; throws parse errors first. */
  imageBuildClassic(request: BuildRequest, options: ClassicBuildOptions): AsyncGenerator<ClassicMessage> { return afterLoading([builderPart, hubCatalogPart], () => builderPart.get().startClassicBuild(this, request, options)); }

  /** A structured-clone copy of the daemon's state. */
  snapshot(): EngineSnapshot {
    const registries = this.containers.all().flatMap((c) => { const saved = containerRegistryState(c.fs); return saved ? [[c.id, saved] as [string, typeof saved]] : []; });
    return {
      version: 1,
      registries,
      images: this.store.snapshot(),
      containers: this.containers.snapshot(),
      volumes: this.volumes.snapshot(),
      hub: { ...registrySnapshot(this.hub), accounts: this.hubAccounts.snapshot() },
      buildCache: this.buildCache.snapshot(),
      buildHistory: this.buildHistory.snapshot(),
      ...(this.lastBuildRecord ? { lastBuild: structuredClone(this.lastBuildRecord) } : {}),
    };
  }

  /** The state in parts for a journal: a document, blobs by digest, trees with versions, the host's files among them. */
  persistentState(): EngineState {
    const hubSnapshot = () => ({ ...registrySnapshot(this.hub), accounts: this.hubAccounts.snapshot() });
    const lastBuild = () => this.lastBuildRecord;
    return captureState({ store: this.store, containers: this.containers, volumes: this.volumes, buildCache: this.buildCache, buildHistory: this.buildHistory, hubSnapshot, lastBuild }, this.hostFs);
  }
}
