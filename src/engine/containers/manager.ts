// The daemon's containers: the table (lookup by ID, name or prefix; create, rename, remove; the
// snapshot) and the endpoints that act on one container, each delegated to the file of its concern:
// lifecycle.ts (start, stop, kill), exec.ts, attach.ts, mounts.ts. Filesystem and listing endpoints
// live beside it (filesystem.ts, list.ts).
import { labelsMatch, untilFilter } from '../model/prune-filters.ts';
import type { ContainerCreateRequest, ContainerCreateResponse, ContainerPruneResponse } from '../api/containers.ts';
import { sizeRw } from './list.ts';
import type { EngineHost } from '../clock.ts';
import { rfc3339Nano } from '../clock.ts';
import type { Runtime } from '../runtime.ts';
import type { InteractiveShell } from '../../kernel/process.ts';
import type { ImageStore } from '../store/image-store.ts';
import { imageRootfs } from '../images/rootfs.ts';
import type { NetworkFabric } from '../network/fabric.ts';
import type { VolumeStore } from '../volumes/store.ts';
import { applyLayer, layerFromDiff } from '../../vfs/layers/index.ts';
import type { Vfs } from '../../vfs/vfs.ts';
import { cloneNode, makeDir } from '../../vfs/vfs.ts';
import { Container, type SavedContainer } from './container.ts';
import { hostConfigOf, mergeConfig, newRecord } from './create.ts';
import { containerId, nameSeeds } from './ids.ts';
import { generatedName, validateName } from './names.ts';
import { processEnv, type AttachIo } from './process.ts';
import { SIGKILL } from './signals.ts';
import { killContainer, markExited, pid1IsShell, settled, signalPid1, startContainer, startInteractive, stopContainer, type LifecycleDeps } from './lifecycle.ts';
import { execInContainer, execInteractive, type ExecIo, type ExecOptions } from './exec.ts';
import { attachedProcess, logReader, type AttachedProcess, type LogReader } from './attach.ts';
import { remount, setUpMounts } from './mounts.ts';
import { AmbiguousContainerPrefix, ContainerAlreadyPaused, ContainerNameConflict, ContainerNotPaused, ContainerNotRunning, ExecPaused, NoSuchContainer, RemoveRunning, RenameToSameName } from '../errors/container.ts';
import { foreignPlatform } from '../exec-format.ts';
import { containerEvent } from './events.ts';
import { Networking } from './networking.ts';
import { initialEndpoints, linksOf } from './endpoints.ts';
import { NetworkStore, type NetworkRecord } from '../network/store.ts';
import { validateFilters } from '../model/accepted-filters.ts';

// The filters moby's container prune accepts.
const PRUNE_FILTERS = new Set(['until', 'label', 'label!']);

/** What the containers need from the rest of the daemon. */
export interface ContainerDeps {
  store: ImageStore;
  host: EngineHost;
  runtime?: Runtime;
  fabric: NetworkFabric;
  volumes: VolumeStore;
  /** The learner's machine, where bind mounts come from. */
  hostFs(): Vfs | undefined;
}

/** Everything the container part of the engine persists. */
export interface ContainersSnapshot {
  counter: number;
  containers: SavedContainer[];
  /** User-defined networks (absent in snapshots saved before networks existed). */
  networks?: NetworkRecord[];
}

/** The daemon's container table. */
export class Containers {
  private readonly byId = new Map<string, Container>();
  private counter = 0;
  private pid = 1000;
  private readonly lifecycle: LifecycleDeps;
  /** The daemon's networks and the containers' endpoints on them. */
  readonly networking: Networking;

  constructor(
    private readonly deps: ContainerDeps,
    snapshot?: ContainersSnapshot,
  ) {
    const networks = new NetworkStore(snapshot?.networks);
    networks.events = deps.store.events;
    this.networking = new Networking(networks, deps.fabric, this, deps.store.events);
    this.lifecycle = { host: deps.host, runtime: deps.runtime, fabric: deps.fabric, networking: this.networking, nextPid: () => ++this.pid, drop: (c, v) => this.drop(c, v), events: deps.store.events };
    if (snapshot) this.restore(snapshot);
  }

  /** All containers, newest first (as /containers/json orders them). */
  all(): Container[] {
    return [...this.byId.values()].sort((a, b) => (a.record.created < b.record.created ? 1 : a.record.created > b.record.created ? -1 : 0));
  }

  /** moby GetContainer: full ID, then name, then a unique ID prefix; else `No such container`. */
  get(ref: string): Container {
    const exact = this.byId.get(ref);
    if (exact) return exact;
    const name = ref.startsWith('/') ? ref : `/${ref}`;
    for (const c of this.byId.values()) if (c.record.name === name) return c;
    if (/^[a-f0-9]+$/.test(ref)) {
      const matches = [...this.byId.values()].filter((c) => c.id.startsWith(ref));
      if (matches.length > 1) throw new AmbiguousContainerPrefix(ref);
      if (matches[0]) return matches[0];
    }
    throw new NoSuchContainer(ref);
  }

  /** Like get, but undefined when nothing matches. */
  find(ref: string): Container | undefined {
    try {
      return this.get(ref);
    } catch {
      return undefined;
    }
  }

  /** POST /containers/create?name= — the image must be local (the CLI pulls first). */
  create(request: ContainerCreateRequest, imageId: string, name = ''): ContainerCreateResponse {
    if (name !== '') {
      validateName(name);
      const taken = this.find(name.startsWith('/') ? name.slice(1) : name);
      const full = name.startsWith('/') ? name : `/${name}`;
      if (taken && taken.record.name === full) throw new ContainerNameConflict(full, taken.id);
    }
    const now = this.deps.host.now();
    const id = containerId(++this.counter, now);
    const image = this.deps.store.config(imageId);
    const { config, argv } = mergeConfig(id, request, image.config);
    const hostConfig = hostConfigOf(request);
    const networks = initialEndpoints(this.networking.store, request, hostConfig);
    const finalName = name !== '' ? (name.startsWith('/') ? name : `/${name}`) : this.generateName(id);
    const links = linksOf(this, request.HostConfig?.Links, finalName);
    if (links) hostConfig.Links = links;
    if (hostConfig.NetworkMode.startsWith('container:')) this.get(hostConfig.NetworkMode.slice('container:'.length));
    const base = imageRootfs(this.deps.store, imageId);
    const record = newRecord({ id, name: finalName, created: rfc3339Nano(now), imageId, platform: image.os || 'linux', config, hostConfig, argv, mounts: [] });
    const foreign = foreignPlatform(image);
    if (foreign) record.foreignPlatform = foreign;
    record.networks = networks;
    const container = new Container(record, base, () => this.deps.host.now());
    const mountDeps = { volumes: this.deps.volumes, hostFs: this.deps.hostFs, now, anonymousName: () => containerId(++this.counter, now, 'volume') };
    record.mounts = setUpMounts(mountDeps, container, { binds: hostConfig.Binds ?? [], specs: hostConfig.Mounts ?? [], anonymousTargets: Object.keys(config.Volumes ?? {}) });
    if (config.WorkingDir && !container.fs.exists(config.WorkingDir)) container.fs.mkdir(config.WorkingDir, { recursive: true });
    this.byId.set(id, container);
    containerEvent(this.deps.store.events, container, 'create');
    return { Id: id, Warnings: [] };
  }

  /** POST /containers/{id}/start: runs PID 1 in the background (throwing at once when it cannot start);
   *  resolves once PID 1 has settled (see `settled`). A running container is left alone. */
  start(ref: string): Promise<void> {
    const c = this.get(ref);
    startContainer(this.lifecycle, c);
    return settled(c);
  }

  /** POST /containers/{id}/attach + start: PID 1 with the caller's streams, as a handle. */
  startAttached(ref: string, io: AttachIo): AttachedProcess {
    const c = this.get(ref);
    startContainer(this.lifecycle, c, io);
    return attachedProcess(c, this.deps.store.events);
  }

  /** Starts a container whose PID 1 is a shell, handing the shell to the terminal; undefined when PID 1 is not a shell. */
  startInteractive(ref: string, columns: number): InteractiveShell | undefined {
    const c = this.get(ref);
    if (c.running || !pid1IsShell(this.lifecycle, c)) return undefined;
    return startInteractive(this.lifecycle, c, columns);
  }

  /** POST /containers/{id}/stop?t=&signal= */
  stop(ref: string, timeoutSeconds?: number, signal?: string): Promise<void> {
    return stopContainer(this.lifecycle, this.get(ref), timeoutSeconds, signal);
  }

  /** POST /containers/{id}/kill?signal= */
  kill(ref: string, signal = 'SIGKILL'): Promise<void> {
    return killContainer(this.lifecycle, this.get(ref), ref, signal);
  }

  /** POST /containers/{id}/restart?t= */
  async restart(ref: string, timeoutSeconds?: number): Promise<void> {
    const c = this.get(ref);
    await stopContainer(this.lifecycle, c, timeoutSeconds);
    c.record.restartCount = 0;
    startContainer(this.lifecycle, c);
    containerEvent(this.deps.store.events, c, 'restart');
    await settled(c);
  }

  /** DELETE /containers/{id}?force=&v= */
  async remove(ref: string, options: { force?: boolean; volumes?: boolean } = {}): Promise<void> {
    const c = this.get(ref);
    if (c.running) {
      if (!options.force) {
        throw new RemoveRunning(ref);
      }
      signalPid1(c, SIGKILL);
      await c.task?.done;
    }
    this.drop(c, options.volumes ?? false);
  }

  /** POST /containers/{id}/rename?name= */
  rename(ref: string, newName: string): void {
    const c = this.get(ref);
    validateName(newName);
    const full = newName.startsWith('/') ? newName : `/${newName}`;
    if (full === c.record.name) throw new RenameToSameName();
    const taken = [...this.byId.values()].find((o) => o.record.name === full);
    if (taken) throw new ContainerNameConflict(full, taken.id);
    const oldName = c.record.name;
    c.record.name = full;
    containerEvent(this.deps.store.events, c, 'rename', { oldName });
  }

  /** POST /containers/{id}/wait: the exit code once PID 1 ends. */
  wait(ref: string): Promise<number> {
    return this.get(ref).waitExit();
  }

  /** GET /containers/{id}/logs: the container's log as a stream. */
  logs(ref: string): LogReader {
    return logReader(this.get(ref));
  }

  /** POST /containers/{id}/pause: the cgroup freezer; the container stays running, its processes stop. */
  pause(ref: string): void {
    const c = this.get(ref);
    if (!c.running) throw new ContainerNotRunning(c.id);
    if (c.paused) throw new ContainerAlreadyPaused(c.id);
    c.freeze();
    containerEvent(this.deps.store.events, c, 'pause');
  }

  /** POST /containers/{id}/unpause */
  unpause(ref: string): void {
    const c = this.get(ref);
    if (!c.paused) throw new ContainerNotPaused(c.id);
    c.thaw();
    containerEvent(this.deps.store.events, c, 'unpause');
  }

  /** POST /containers/{id}/exec + start: runs argv to completion in a running container. */
  exec(ref: string, argv: string[], io: ExecIo, options: ExecOptions = {}): Promise<number> {
    return execInContainer(this.deps, this.unpaused(ref), argv, io, options);
  }

  /** An interactive shell exec'd into a running container (`docker exec -it c sh`); undefined when argv is not a shell. */
  execInteractive(ref: string, argv: string[], columns: number, sleep: (ms: number) => Promise<void>, options: ExecOptions = {}): InteractiveShell | undefined {
    return execInteractive(this.deps, this.unpaused(ref), argv, columns, sleep, options);
  }

  // A container an exec may enter: dockerd refuses a paused one, naming it as the caller did.
  private unpaused(ref: string): Container {
    const c = this.get(ref);
    if (c.paused) throw new ExecPaused(ref);
    return c;
  }

  /** Resolves once the process of every running container is blocked, ended or busy. */
  async idle(): Promise<void> {
    await Promise.all(this.all().map((c) => settled(c)));
  }

  /** The containers created from an image (for `docker rmi`). */
  usersOf(imageId: string): { id: string; running: boolean }[] {
    return this.all().filter((c) => c.record.imageId === imageId).map((c) => ({ id: c.id, running: c.running }));
  }

  /** The containers mounting a volume. */
  volumeUsers(name: string): string[] {
    return this.all().filter((c) => c.record.mounts.some((m) => m.Type === 'volume' && m.Name === name)).map((c) => c.id);
  }

  /** POST /containers/prune?filters= — removes every stopped container the filters (until, label, label!) let through. */
  prune(filters: Record<string, string[]> = {}, now = Date.now()): ContainerPruneResponse {
    validateFilters(filters, PRUNE_FILTERS);
    const until = untilFilter(filters.until, now);
    const deleted: string[] = [];
    let space = 0;
    for (const c of this.all()) {
      if (c.running) continue;
      if (until !== undefined && Date.parse(c.record.created) > until) continue;
      if (!labelsMatch(filters, c.record.config.Labels ?? {})) continue;
      space += sizeRw(c);
      this.drop(c, false);
      deleted.push(c.id);
    }
    return { ContainersDeleted: deleted, SpaceReclaimed: space };
  }

  /** Removes a stopped container without the checks (prune, --rm). */
  drop(c: Container, removeVolumes: boolean): void {
    this.byId.delete(c.id);
    containerEvent(this.deps.store.events, c, 'destroy');
    if (this.usersOf(c.record.imageId).length === 0) this.deps.store.release(c.record.imageId);
    if (!removeVolumes) return;
    for (const m of c.record.mounts) {
      const { volumes } = this.deps;
      if (m.Type === 'volume' && m.Name && volumes.has(m.Name) && volumes.get(m.Name).anonymous && this.volumeUsers(m.Name).length === 0) volumes.remove(m.Name, []);
    }
  }

  private generateName(id: string): string {
    const [a, b] = nameSeeds(id);
    for (let i = 0; ; i++) {
      const name = `/${generatedName(a + i, b + i * 7)}`;
      if (![...this.byId.values()].some((c) => c.record.name === name)) return name;
    }
  }

  /** How many IDs were made so far (persisted with the records). */
  snapshotCounter(): number {
    return this.counter;
  }

  /** The user-defined networks, for the saved state. */
  snapshotNetworks(): NetworkRecord[] {
    return structuredClone(this.networking.store.snapshot());
  }

  /** Structured-clone data: records and each container's own layer. */
  snapshot(): ContainersSnapshot {
    return {
      counter: this.counter,
      containers: [...this.byId.values()].map((c) => ({ record: structuredClone(c.record), layer: layerFromDiff(c.base, c.ownTree()) })),
      networks: structuredClone(this.networking.store.snapshot()),
    };
  }

  // Rebuilds containers over their images; those that were running in the background start again.
  private restore(snapshot: ContainersSnapshot): void {
    this.counter = snapshot.counter;
    for (const saved of snapshot.containers) {
      const base = this.deps.store.hasContent(saved.record.imageId) ? imageRootfs(this.deps.store, saved.record.imageId) : makeDir();
      const root = cloneNode(base);
      applyLayer(root, saved.layer);
      const c = new Container(saved.record, base, () => this.deps.host.now(), root);
      remount(this.deps.volumes, this.deps.hostFs(), c);
      this.networking.endpointsOf(c);
      this.byId.set(c.id, c);
    }
  }

  /** Restarts the background processes of containers that were running when the snapshot was taken;
   *  resolves once each has settled (a resumed server listens before the learner's first command). */
  resume(): Promise<void> {
    const started: Promise<void>[] = [];
    for (const c of this.byId.values()) {
      if (!c.running) continue;
      const startedAt = c.record.state.StartedAt;
      if (!c.record.detached || !this.deps.runtime) {
        markExited(this.deps.host, c, 137);
        continue;
      }
      const paused = c.paused;
      c.record.state.Running = false;
      try {
        startContainer(this.lifecycle, c);
        c.record.state.StartedAt = startedAt;
        if (paused) c.freeze();
        else started.push(settled(c));
      } catch {
        markExited(this.deps.host, c, 255);
      }
    }
    return Promise.all(started).then(() => undefined);
  }

  /** The environment an exec would see (for tests and `docker exec env`). */
  envOf(ref: string): string[] {
    return processEnv(this.get(ref));
  }
}
